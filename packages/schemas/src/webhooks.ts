/**
 * Webhooks: Traction POSTs events to a URL of yours, signed with the
 * webhook's secret. See the `webhooks` tag of the OpenAPI document for the
 * signature scheme.
 */
import { z } from "zod";
import { storable, text } from "./text.ts";
import { listOf, ZIdSchema, ZPaginationQuerySchema, ZTimestampSchema } from "./common.ts";

export const WEBHOOK_EVENTS = [
  "meeting.completed",
  "lead.created",
  "lead.stage_changed",
  "contact.created",
  "insights.flag_raised",
] as const;
export const ZWebhookEventTypeSchema = z.enum(WEBHOOK_EVENTS);
export type TWebhookEventType = z.infer<typeof ZWebhookEventTypeSchema>;

/** `ping`: sent by `POST /webhooks/:id/test` only, to that webhook, whatever it subscribes to. */
export const PING_EVENT = "ping";
export const ZWebhookDeliveryEventSchema = z.enum([...WEBHOOK_EVENTS, PING_EVENT]);
export type TWebhookDeliveryEvent = z.infer<typeof ZWebhookDeliveryEventSchema>;

/** An account holds at most this many webhooks, so their list is one page. */
export const MAX_WEBHOOKS = 20;

export const ZCreateWebhookSchema = z.strictObject({
  url: storable(z.url({ protocol: /^https?$/, message: "Enter a web address starting with https://" }).max(2_000)).meta({
    description: "https only (http only for localhost in development); never a private or loopback address.",
  }),
  events: z
    .array(ZWebhookEventTypeSchema)
    .min(1, { message: "Choose at least one event" })
    .transform((events) => WEBHOOK_EVENTS.filter((event) => events.includes(event))),
});
export type TCreateWebhook = z.input<typeof ZCreateWebhookSchema>;

export const ZWebhookSchema = z
  .object({
    id: ZIdSchema,
    url: text(),
    events: z.array(ZWebhookEventTypeSchema),
    createdAt: ZTimestampSchema,
  })
  .meta({ id: "Webhook" });
export type TWebhook = z.infer<typeof ZWebhookSchema>;

export const ZCreatedWebhookSchema = ZWebhookSchema.extend({
  secret: text().meta({ description: "The signing secret (`whsec_...`), shown this once." }),
}).meta({ id: "CreatedWebhook" });
export type TCreatedWebhook = z.infer<typeof ZCreatedWebhookSchema>;

export const ZWebhookListSchema = listOf(ZWebhookSchema);

export const DELIVERY_STATUSES = ["PENDING", "SUCCEEDED", "FAILED"] as const;

export const ZWebhookDeliverySchema = z
  .object({
    id: ZIdSchema,
    eventId: ZIdSchema.meta({ description: "The event's id: the body's `id` and the `webhook-id` header." }),
    event: ZWebhookDeliveryEventSchema,
    status: z.enum(DELIVERY_STATUSES).meta({ description: "PENDING while being sent or retried." }),
    attempts: z.number().int(),
    lastStatusCode: z.number().int().nullable().meta({ description: "The HTTP status of the last attempt (null: no answer)." }),
    lastError: text().nullable(),
    lastDurationMs: z.number().int().nullable(),
    createdAt: ZTimestampSchema,
    lastAttemptAt: ZTimestampSchema.nullable(),
    deliveredAt: ZTimestampSchema.nullable(),
    redelivery: z.boolean().meta({ description: "Made by `POST …/deliveries/:deliveryId/redeliver`, not by the event itself." }),
  })
  .meta({ id: "WebhookDelivery" });
export type TWebhookDelivery = z.infer<typeof ZWebhookDeliverySchema>;

export const ZWebhookDeliveryListSchema = listOf(ZWebhookDeliverySchema);
export const ZWebhookDeliveryListQuerySchema = ZPaginationQuerySchema;

export const ZWebhookDeliveryParamsSchema = z.strictObject({
  id: ZIdSchema,
  deliveryId: ZIdSchema,
});
