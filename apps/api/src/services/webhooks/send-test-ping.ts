/**
 * `POST /webhooks/:id/test`: a `ping` event for this one webhook, whatever it
 * subscribes to, written with its delivery in one transaction; the dispatcher
 * queues the delivery like any other, so it is signed, retried and logged the
 * same way.
 */
import type { Database } from "@traction/db";
import { PING_EVENT, type TWebhookDelivery } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import { toDeliveryView } from "./delivery-view.ts";

export async function sendTestPing(db: Database, ownerId: string, webhookId: string): Promise<TWebhookDelivery> {
  return db.$transaction(async (tx) => {
    const webhook = await tx.webhook.findFirst({
      where: { id: webhookId, ownerId },
      select: { id: true, url: true, events: true },
    });
    if (!webhook) throw notFound("Webhook");
    const event = await tx.webhookEvent.create({
      data: { ownerId, type: PING_EVENT, payload: { webhook }, dispatchedAt: new Date() },
      select: { id: true },
    });
    const delivery = await tx.webhookDelivery.create({ data: { webhookId, eventId: event.id, eventType: PING_EVENT } });
    return toDeliveryView(delivery);
  });
}
