/**
 * Drains the email outbox into the job queue: takes unqueued messages
 * (skipping those another instance holds), queues one job each and marks them
 * queued, in one transaction, so no job exists without its message and a
 * failure leaves the messages for the next round.
 */
import type { Database, Prisma } from "@traction/db";

export async function dispatchEmails(
  db: Database,
  enqueue: (tx: Prisma.TransactionClient, messageIds: string[]) => Promise<void>,
  limit = 100,
): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "EmailMessage" WHERE "queuedAt" IS NULL
        ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return 0;
      const ids = rows.map((row) => row.id);
      await tx.$executeRaw`UPDATE "EmailMessage" SET "queuedAt" = now() WHERE id = ANY(${ids}::uuid[])`;
      await enqueue(tx, ids);
      return ids.length;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
