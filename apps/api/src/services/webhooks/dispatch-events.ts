/**
 * Drains the outbox: takes undispatched events (skipping those another
 * instance holds), creates one delivery per subscribed webhook, marks the
 * events dispatched and hands every delivery not yet queued (these, and the
 * pings and redeliveries written by requests) to the queue — in one
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
    const ids = events.map((event) => event.id);
    if (ids.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "WebhookDelivery" ("webhookId", "eventId", "eventType")
        SELECT w.id, e.id, e.type FROM "WebhookEvent" e
        JOIN "Webhook" w ON w."ownerId" = e."ownerId" AND e.type = ANY(w.events)
        WHERE e.id = ANY(${ids}::uuid[])
        ON CONFLICT ("webhookId", "eventId", "generation") DO NOTHING`;
      await tx.$executeRaw`UPDATE "WebhookEvent" SET "dispatchedAt" = now() WHERE id = ANY(${ids}::uuid[])`;
    }
    // The deliveries just made, and those a ping or a redelivery wrote straight into the log.
    const deliveries = await tx.$queryRaw<Array<{ id: string }>>`
      UPDATE "WebhookDelivery" SET "queuedAt" = now()
      WHERE id IN (
        SELECT id FROM "WebhookDelivery" WHERE "queuedAt" IS NULL
        ORDER BY "createdAt" LIMIT ${limit * 4} FOR UPDATE SKIP LOCKED)
      RETURNING id`;
    if (deliveries.length > 0)
      await enqueue(
        tx,
        deliveries.map((delivery) => delivery.id),
      );
    return events.length + deliveries.length;
  }, BACKGROUND_TRANSACTION);
}

/** Background work can wait for a connection while requests hold the pool: it is not answering anyone. */
const BACKGROUND_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };
