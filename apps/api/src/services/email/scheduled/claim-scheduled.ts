/**
 * The once-only rule of scheduled email: a batch's users are claimed by
 * inserting one ScheduledEmail row each (user, kind, day) with ON CONFLICT DO
 * NOTHING, in the transaction that queues their emails. A user another run
 * (another process, or this one again) already claimed is not returned; a
 * concurrent claim waits for the other transaction and then finds the row. So
 * an email is queued exactly when its row commits.
 */
import { randomUUID } from "node:crypto";
import type { Prisma } from "@traction/db";
import { emailRow, type OutgoingEmail } from "../enqueue-email.ts";

export type ScheduledKind = "WEEKLY_DIGEST" | "REMINDERS";

export async function claimUsers(
  tx: Prisma.TransactionClient,
  kind: ScheduledKind,
  day: Date,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await tx.$queryRaw<Array<{ userId: string }>>`
    INSERT INTO "ScheduledEmail" ("userId", kind, day)
    SELECT id, ${kind}, ${day}::date FROM unnest(${[...userIds]}::uuid[]) AS id
    ON CONFLICT DO NOTHING
    RETURNING "userId"::text AS "userId"`;
  return new Set(rows.map((row) => row.userId));
}

/** Puts a batch of emails in the outbox (one statement) and records each on its user's claim. */
export async function enqueueScheduled(
  tx: Prisma.TransactionClient,
  kind: ScheduledKind,
  day: Date,
  emails: ReadonlyArray<OutgoingEmail & { userId: string }>,
): Promise<number> {
  if (emails.length === 0) return 0;
  const ids = emails.map(() => randomUUID());
  await tx.emailMessage.createMany({
    data: emails.map((email, index) => ({ id: ids[index], ...emailRow(email) })),
  });
  await tx.$executeRaw`
    UPDATE "ScheduledEmail" s SET "emailMessageId" = m.message_id
    FROM unnest(${emails.map((email) => email.userId)}::uuid[], ${ids}::uuid[]) AS m(user_id, message_id)
    WHERE s."userId" = m.user_id AND s.kind = ${kind} AND s.day = ${day}::date`;
  return emails.length;
}
