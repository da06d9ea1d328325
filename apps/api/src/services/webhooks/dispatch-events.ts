/**
 * Drains the outbox: takes undispatched events (skipping those another
 * instance holds), creates one delivery per subscribed webhook, hands the
 * deliveries to the queue and marks the events dispatched — in one
 * transaction — the queue's jobs included — so a failure leaves the events
 * for the next round and no job exists without its delivery.
 */
import type { Database, Prisma } from "@traction/db";

export async function dispatchEvents(
  db: Database,
  /** Queues the deliveries through the transaction, so the jobs commit with them. */
  enqueue: (tx: Prisma.TransactionClient, deliveryIds: string[]) => Promise<void>,
  limit = 100,
): Promise<number> {
  return db.$transaction(async (tx) => {
    const events = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT id FROM "WebhookEvent" WHERE "dispatchedAt" IS NULL
      ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return 0;
    const ids = events.map((event) => event.id);
    const deliveries = await tx.$queryRaw<Array<{ id: string }>>`
      INSERT INTO "WebhookDelivery" ("webhookId", "eventId", "eventType")
      SELECT w.id, e.id, e.type FROM "WebhookEvent" e
      JOIN "Webhook" w ON w."ownerId" = e."ownerId" AND e.type = ANY(w.events)
      WHERE e.id = ANY(${ids}::uuid[])
      ON CONFLICT ("webhookId", "eventId") DO NOTHING
      RETURNING id`;
    await tx.$executeRaw`UPDATE "WebhookEvent" SET "dispatchedAt" = now() WHERE id = ANY(${ids}::uuid[])`;
    if (deliveries.length > 0)
      await enqueue(
        tx,
        deliveries.map((delivery) => delivery.id),
      );
    return events.length;
  }, BACKGROUND_TRANSACTION);
}

/** Background work can wait for a connection while requests hold the pool: it is not answering anyone. */
const BACKGROUND_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };
