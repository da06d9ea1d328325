/**
 * Conversation writes touch up to four tables (the conversation, its contacts
 * in order, its mentioned companies, its follow-up task); the generic record
 * services run these inside one transaction, so nothing partial is written.
 */
import type { DbClient } from "../records/db-client.ts";
import { conversationInclude, type ConversationInput, type ConversationPatch, type ConversationRow } from "./conversation-row.ts";
import { createFollowUpTask, syncFollowUpTask } from "./follow-up-task.ts";

const contactLinks = (contactIds: string[]) => contactIds.map((contactId, position) => ({ contactId, position }));
const companyLinks = (companyIds: string[]) => companyIds.map((companyId) => ({ companyId }));

export async function createConversation(db: DbClient, ownerId: string, input: ConversationInput): Promise<ConversationRow> {
  const { contactIds, mentionedCompanyIds = [], followUp, ...fields } = input;
  const followUpTaskId = followUp ? await createFollowUpTask(db, ownerId, followUp, contactIds[0] ?? null) : null;
  return db.conversation.create({
    data: {
      ...fields,
      ownerId,
      followUpTaskId,
      contacts: { create: contactLinks(contactIds) },
      mentionedCompanies: { create: companyLinks(mentionedCompanyIds) },
    },
    include: conversationInclude,
  });
}

/** A partial update; `contactIds` and `mentionedCompanyIds`, when given, replace the sets. */
export async function updateConversation(
  db: DbClient,
  ownerId: string,
  id: string,
  input: ConversationPatch,
): Promise<ConversationRow> {
  const { contactIds, mentionedCompanyIds, followUp, ...fields } = input;
  const current = await db.conversation.findFirstOrThrow({
    where: { id, ownerId },
    select: { followUpTaskId: true, contacts: { select: { contactId: true }, orderBy: { position: "asc" }, take: 1 } },
  });
  const firstContactId = contactIds ? contactIds[0] : current.contacts[0]?.contactId;
  const followUpTaskId =
    followUp === undefined && contactIds === undefined
      ? current.followUpTaskId
      : await syncFollowUpTask(db, ownerId, { taskId: current.followUpTaskId, contactId: firstContactId ?? null }, followUp);
  return db.conversation.update({
    where: { id, ownerId },
    data: {
      ...fields,
      followUpTaskId,
      ...(contactIds ? { contacts: { deleteMany: {}, create: contactLinks(contactIds) } } : {}),
      ...(mentionedCompanyIds ? { mentionedCompanies: { deleteMany: {}, create: companyLinks(mentionedCompanyIds) } } : {}),
    },
    include: conversationInclude,
  });
}
