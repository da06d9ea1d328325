/**
 * The document's OAS 3.1 `webhooks`: one per event type, its payload the
 * event's schema from packages/schemas (`WEBHOOK_EVENT_PAYLOADS`, registered
 * as components), its description the signature scheme the webhooks tag explains.
 */
import { WEBHOOK_EVENT_PAYLOADS, ZWebhookDeliveryEventSchema } from "@traction/schemas";
import { WEBHOOKS_DESCRIPTION } from "../routes/api/v1/webhooks/index.ts";

const camel = (event: string) =>
  event.replace(/(^|[._])([a-z])/g, (_match, _separator: string, letter: string) => letter.toUpperCase());

const header = (name: string, description: string) => ({
  name,
  in: "header",
  required: true,
  description,
  schema: { type: "string" },
});

export const WEBHOOKS = Object.fromEntries(
  ZWebhookDeliveryEventSchema.options.map((event) => {
    const id = WEBHOOK_EVENT_PAYLOADS[event].meta()?.id as string;
    return [
      event,
      {
        post: {
          operationId: `receive${camel(event)}`,
          summary: `The \`${event}\` event`,
          description: `${WEBHOOK_EVENT_PAYLOADS[event].description ?? ""}\n\n${WEBHOOKS_DESCRIPTION}`,
          tags: ["webhooks"],
          security: [],
          parameters: [
            header("Traction-Event", `The event type: \`${event}\`.`),
            header("Traction-Delivery", "The delivery's id, the same on every retry of this delivery."),
            header("Traction-Signature", "`t=<unix seconds>,v1=<hex HMAC-SHA256 of <t>.<raw body>>`."),
          ],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: `#/components/schemas/${id}` } } },
          },
          responses: {
            "200": { description: "Any 2xx answer (within WEBHOOK_TIMEOUT_MS) marks the delivery as done." },
            "500": { description: "Any other answer, or none, is retried with exponential backoff." },
          },
        },
      },
    ];
  }),
);
