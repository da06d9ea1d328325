/**
 * What Traction POSTs to a webhook: one envelope (`id`, `type`, `createdAt`,
 * `data`) per event, `data` depending on the type. The OpenAPI document's
 * `webhooks` section is generated from these schemas.
 */
import { z } from "zod";
import { ZDateSchema, ZIdSchema, ZTimestampSchema } from "./common.ts";
import { ZContactSchema } from "./contacts.ts";
import { ZFlagSchema } from "./insights.ts";
import { ZLeadSchema, ZLeadStageSchema } from "./leads.ts";
import { ZMeetingSchema } from "./meetings.ts";
import { text } from "./text.ts";
import { ZWebhookEventTypeSchema, type TWebhookDeliveryEvent } from "./webhooks.ts";

function envelope<T extends TWebhookDeliveryEvent, D extends z.ZodType>(type: T, data: D, description: string) {
  return z
    .object({
      id: ZIdSchema.meta({ description: "The event's id: the same on every delivery attempt, so you can drop duplicates." }),
      type: z.literal(type),
      createdAt: ZTimestampSchema.meta({ description: "When the change happened." }),
      data,
    })
    .meta({ description });
}

/** The payload of each event type, by type. */
export const WEBHOOK_EVENT_PAYLOADS = {
  "contact.created": envelope(
    "contact.created",
    z.object({ contact: ZContactSchema }),
    "A contact was created (by hand, by a merge or by an import).",
  ).meta({ id: "ContactCreatedEvent" }),
  "lead.created": envelope("lead.created", z.object({ lead: ZLeadSchema }), "A lead was created.").meta({
    id: "LeadCreatedEvent",
  }),
  "lead.stage_changed": envelope(
    "lead.stage_changed",
    z.object({ lead: ZLeadSchema, previousStage: ZLeadStageSchema }),
    "A lead moved to another stage (`data.lead.stage`) from `data.previousStage`.",
  ).meta({ id: "LeadStageChangedEvent" }),
  "meeting.completed": envelope(
    "meeting.completed",
    z.object({ meeting: ZMeetingSchema }),
    "A meeting was marked as held (created as held, or updated to held).",
  ).meta({ id: "MeetingCompletedEvent" }),
  "insights.flag_raised": envelope(
    "insights.flag_raised",
    z.object({
      flag: ZFlagSchema,
      healthScore: z.number().int().min(0).max(100).nullable(),
      period: z.object({ from: ZDateSchema, to: ZDateSchema }),
    }),
    "A diagnosis flag that was not raised before is raised now (checked every 15 minutes).",
  ).meta({ id: "InsightsFlagRaisedEvent" }),
  ping: envelope(
    "ping",
    z.object({ webhook: z.object({ id: ZIdSchema, url: text(), events: z.array(ZWebhookEventTypeSchema) }) }),
    "A test delivery, sent only by `POST /api/v1/webhooks/{id}/test` to that webhook, whatever it subscribes to.",
  ).meta({ id: "PingEvent" }),
} as const satisfies Record<TWebhookDeliveryEvent, z.ZodType>;
