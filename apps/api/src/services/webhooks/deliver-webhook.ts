/**
 * One attempt at a delivery, run by a queue worker. Records the attempt in
 * the delivery's log; throws when it failed and retries remain, so the queue
 * retries it with exponential backoff. The body is the same on every attempt:
 * `{ id, type, createdAt, data }`.
 */
import type { Database } from "@traction/db";
import type { FastifyBaseLogger } from "fastify";
import { postSigned, type PostOptions } from "./post-signed.ts";

export interface Attempt {
  retryCount: number;
  retryLimit: number;
}

interface DeliveryRow {
  id: string;
  status: string;
  eventId: string;
  eventType: string;
  url: string;
  secret: string;
  payload: unknown;
  createdAt: Date;
}

export async function deliverWebhook(
  db: Database,
  log: FastifyBaseLogger,
  deliveryId: string,
  attempt: Attempt,
  options: Omit<PostOptions, "headers" | "messageId">,
): Promise<void> {
  const [delivery] = await db.$queryRaw<DeliveryRow[]>`
    SELECT d.id, d.status::text AS status, e.id AS "eventId", d."eventType", w.url, w.secret, e.payload, e."createdAt"
    FROM "WebhookDelivery" d JOIN "Webhook" w ON w.id = d."webhookId" JOIN "WebhookEvent" e ON e.id = d."eventId"
    WHERE d.id = ${deliveryId}::uuid`;
  // Gone with its webhook, or never committed, or already done: nothing to send.
  if (!delivery || delivery.status !== "PENDING") return;

  const body = JSON.stringify({
    id: delivery.eventId,
    type: delivery.eventType,
    createdAt: delivery.createdAt.toISOString(),
    data: delivery.payload,
  });
  const result = await postSigned(delivery.url, body, delivery.secret, {
    ...options,
    messageId: delivery.eventId,
    headers: { "Traction-Event": delivery.eventType, "Traction-Delivery": delivery.id },
  });
  const ok = result.error === null;
  const final = ok || attempt.retryCount >= attempt.retryLimit;
  const status = ok ? "SUCCEEDED" : final ? "FAILED" : "PENDING";
  await db.$executeRaw`
    UPDATE "WebhookDelivery" SET attempts = attempts + 1, status = ${status}::"WebhookDeliveryStatus",
      "lastStatusCode" = ${result.statusCode}, "lastError" = ${result.error}, "lastDurationMs" = ${result.durationMs},
      "lastAttemptAt" = now(), "deliveredAt" = ${ok ? new Date() : null}
    WHERE id = ${delivery.id}::uuid`;
  log.info(
    { deliveryId, event: delivery.eventType, statusCode: result.statusCode, durationMs: result.durationMs, status },
    "webhook delivery attempt",
  );
  if (!final) throw new Error(`Webhook delivery ${deliveryId} failed: ${result.error}`);
}
