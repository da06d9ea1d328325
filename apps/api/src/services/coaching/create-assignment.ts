import type { TTask, ZCreateAssignmentSchema } from "@traction/schemas";
import type { z } from "zod";
import type { DbClient } from "../records/db-client.ts";
import { createRecord } from "../records/create-record.ts";
import { taskSpec } from "../tasks/task-spec.ts";

/**
 * A coach's assignment is an ordinary task in the client's list, created by the
 * same service as the client's own (a `contactId` must be the client's), with
 * `assignedById` set to the coach. Pass a transaction client.
 */
export async function createAssignment(
  db: DbClient,
  coachId: string,
  clientId: string,
  input: z.output<typeof ZCreateAssignmentSchema>,
): Promise<TTask> {
  return (await createRecord(db, taskSpec, clientId, { ...input, assignedById: coachId })) as TTask;
}
