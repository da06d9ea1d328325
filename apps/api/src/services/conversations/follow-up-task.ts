/**
 * A conversation's follow-up is a Task owned by the caller, linked to the
 * conversation's first contact; the task's `done` is the follow-up's state,
 * so completing it through /tasks completes the follow-up.
 */
import type { DbClient } from "../records/db-client.ts";
import type { FollowUpInput } from "./conversation-row.ts";

export async function createFollowUpTask(
  db: DbClient,
  ownerId: string,
  followUp: FollowUpInput,
  contactId: string | null,
): Promise<string> {
  const task = await db.task.create({
    data: { ownerId, title: followUp.action, dueOn: followUp.dueOn, contactId },
    select: { id: true },
  });
  return task.id;
}

interface CurrentFollowUp {
  taskId: string | null;
  /** The conversation's first contact after this change. */
  contactId: string | null;
}

/**
 * Applies a PATCH's `followUp` (`undefined` leaves it, `null` removes it) and
 * returns the task id the conversation should now point to.
 */
export async function syncFollowUpTask(
  db: DbClient,
  ownerId: string,
  current: CurrentFollowUp,
  followUp: FollowUpInput | null | undefined,
): Promise<string | null> {
  const { taskId, contactId } = current;
  if (followUp === null) {
    if (taskId) await db.task.deleteMany({ where: { id: taskId, ownerId } });
    return null;
  }
  if (!taskId) return followUp ? createFollowUpTask(db, ownerId, followUp, contactId) : null;
  await db.task.update({
    where: { id: taskId, ownerId },
    data: { contactId, ...(followUp ? { title: followUp.action, dueOn: followUp.dueOn } : {}) },
  });
  return taskId;
}

/** Deletes the follow-up task of the owner's conversation `id`, if it has one (before the conversation goes). */
export async function deleteFollowUpTask(db: DbClient, ownerId: string, conversationId: string): Promise<void> {
  await db.task.deleteMany({ where: { ownerId, fromConversation: { id: conversationId, ownerId } } });
}
