/**
 * Sends a delivery's event again to its webhook: a new delivery in the log
 * (one generation up, same event, so the same body and `webhook-id`), queued
 * by the dispatcher. A delivery still being sent or retried is a 409.
 */
import type { Database } from "@traction/db";
import type { TWebhookDelivery } from "@traction/schemas";
import { conflict, notFound } from "../../lib/errors.ts";
import { toDeliveryView } from "./delivery-view.ts";

export async function redeliverWebhook(
  db: Database,
  ownerId: string,
  webhookId: string,
  deliveryId: string,
): Promise<TWebhookDelivery> {
  return db.$transaction(async (tx) => {
    // The row lock makes two simultaneous redeliveries of one delivery take turns.
    const [original] = await tx.$queryRaw<Array<{ eventId: string; eventType: string; status: string }>>`
      SELECT d."eventId", d."eventType", d.status::text AS status
      FROM "WebhookDelivery" d JOIN "Webhook" w ON w.id = d."webhookId"
      WHERE d.id = ${deliveryId}::uuid AND d."webhookId" = ${webhookId}::uuid AND w."ownerId" = ${ownerId}::uuid
      FOR UPDATE OF d`;
    if (!original) throw notFound("Delivery");
    if (original.status === "PENDING")
      throw conflict("This delivery is still being sent; redeliver it once it has succeeded or failed");
    const [latest] = await tx.$queryRaw<Array<{ generation: number; status: string }>>`
      SELECT generation, status::text AS status FROM "WebhookDelivery"
      WHERE "webhookId" = ${webhookId}::uuid AND "eventId" = ${original.eventId}::uuid
      ORDER BY generation DESC LIMIT 1 FOR UPDATE`;
    if (latest?.status === "PENDING") throw conflict("A redelivery of this event is already being sent");
    const delivery = await tx.webhookDelivery.create({
      data: { webhookId, eventId: original.eventId, eventType: original.eventType, generation: (latest?.generation ?? 0) + 1 },
    });
    return toDeliveryView(delivery);
  });
}
