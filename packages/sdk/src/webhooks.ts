/** The webhook events' payloads, from the document's OAS 3.1 `webhooks`. */
import type { webhooks } from "./generated/openapi.d.ts";

export type WebhookEventType = keyof webhooks;

/** The JSON body Traction POSTs for an event (`{ id, type, createdAt, data }`); the union of all events by default. */
export type WebhookEvent<E extends WebhookEventType = WebhookEventType> = {
  [K in E]: NonNullable<webhooks[K]["post"]>["requestBody"] extends { content: { "application/json": infer Body } } | undefined
    ? Body
    : never;
}[E];
