/**
 * Follow-ups and coach assignments. `assignedById` is read-only here (the
 * create schema does not know it); `doneAt` follows `done`: set when a task is
 * completed, cleared when it is reopened.
 */
import { Prisma, type Task } from "@traction/db";
import type { TTask, ZCreateTaskSchema, ZUpdateTaskSchema } from "@traction/schemas";
import type { z } from "zod";
import type { DbClient } from "../records/db-client.ts";
import type { RecordSpec } from "../records/record-spec.ts";

interface TaskQuery {
  done?: boolean;
  dueBefore?: Date;
  contactId?: string;
}

/** Validated (decoded) bodies: `dueOn` is a Date by now. */
type CreateTask = z.output<typeof ZCreateTaskSchema>;
type UpdateTask = z.output<typeof ZUpdateTaskSchema>;

async function createTask(db: DbClient, ownerId: string, input: CreateTask): Promise<Task> {
  return db.task.create({ data: { ...input, ownerId, doneAt: input.done ? new Date() : null } });
}

async function updateTask(db: DbClient, ownerId: string, id: string, input: UpdateTask): Promise<Task> {
  const current = await db.task.findFirstOrThrow({ where: { id, ownerId }, select: { done: true } });
  const flipped = input.done !== undefined && input.done !== current.done;
  return db.task.update({
    where: { id },
    data: { ...input, ...(flipped ? { doneAt: input.done ? new Date() : null } : {}) },
  });
}

export const taskSpec: RecordSpec<Task, TTask, CreateTask, UpdateTask, TaskQuery> = {
  noun: "Task",
  model: (db) => db.task,
  table: { name: "Task", columns: Prisma.TaskScalarFieldEnum },
  filters: ({ done, dueBefore, contactId }) => ({
    ...(done !== undefined ? { done } : {}),
    ...(contactId ? { contactId } : {}),
    ...(dueBefore ? { dueOn: { lt: dueBefore } } : {}),
  }),
  references: (input) => [{ field: "contactId", table: "Contact", ids: input.contactId }],
  create: createTask,
  update: updateTask,
};
