/**
 * Webhooks: register an https endpoint for some events, list, delete, and
 * read its delivery log. Jobseekers only (the events are about their records).
 */
import {
  WEBHOOK_EVENTS,
  ZCreatedWebhookSchema,
  ZCreateWebhookSchema,
  ZIdParamsSchema,
  ZProblemSchema,
  ZWebhookSchema,
  ZWebhookDeliveryListQuerySchema,
  ZWebhookDeliveryListSchema,
  ZWebhookDeliveryParamsSchema,
  ZWebhookDeliverySchema,
  ZWebhookListSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { assertWebhookUrl, createWebhook } from "../../../../services/webhooks/create-webhook.ts";
import { deleteWebhook } from "../../../../services/webhooks/delete-webhook.ts";
import { getWebhook } from "../../../../services/webhooks/get-webhook.ts";
import { listDeliveries } from "../../../../services/webhooks/list-deliveries.ts";
import { listWebhooks } from "../../../../services/webhooks/list-webhooks.ts";
import { redeliverWebhook } from "../../../../services/webhooks/redeliver-webhook.ts";
import { sendTestPing } from "../../../../services/webhooks/send-test-ping.ts";
import { createIdempotently, sendCreated, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";

const TAG = "webhooks";
const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema } as const;

export const WEBHOOKS_DESCRIPTION =
  "Traction POSTs each event as JSON `{ id, type, createdAt, data }` to your URL, signed the " +
  "[Standard Webhooks](https://www.standardwebhooks.com) way: headers `webhook-id` (the event's `id`, the same on " +
  "retries and redeliveries), `webhook-timestamp` (unix seconds) and `webhook-signature: v1,<base64>`, the " +
  "HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>` keyed with the secret's bytes (`whsec_<base64>`, " +
  "base64-decoded). Verify it with any Standard Webhooks or Svix library (`new Webhook(secret).verify(body, headers)`), " +
  "which also rejects a timestamp more than 5 minutes off. Also sent: `Traction-Event`, `Traction-Delivery` (the " +
  "delivery id) and, **deprecated** (sent until 2027-06-30), `Traction-Signature: t=<unix seconds>,v1=<hex>`, the hex " +
  "HMAC-SHA256 of `<t>.<raw body>` keyed with the whole secret string. A secret made before 2026-12-02 is " +
  "`whsec_` + base64url: Standard Webhooks libraries want standard base64, so replace `-` by `+` and `_` by `/` " +
  "(and pad with `=`) — the key bytes are the same. Answer 2xx within 10 s; anything else is retried with exponential backoff " +
  "(waits of 10–20 s, 20–40 s, 40–80 s, … up to 8 retries), and every attempt is in the delivery log. An event is sent only for a " +
  "change that was committed, at least once (deduplicate on `id`). Events: " +
  `${WEBHOOK_EVENTS.map((event) => `\`${event}\``).join(", ")}; and \`ping\`, sent only by \`POST /webhooks/:id/test\`. ` +
  "`data` holds the record as its own route returns it (`contact`, `lead` and `previousStage`, `meeting`), or, " +
  "for `insights.flag_raised` (checked every 15 minutes), `{ flag, healthScore, period }`, or, for `ping`, " +
  "`{ webhook: { id, url, events } }`.";

const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preHandler", app.requireRole("JOBSEEKER"));

  app.post(
    "",
    {
      schema: {
        tags: [TAG],
        summary: "Register a webhook (its signing secret is shown in this response only)",
        description: WEBHOOKS_DESCRIPTION,
        headers: ZIdempotencyHeadersSchema,
        body: ZCreateWebhookSchema,
        response: { 201: ZCreatedWebhookSchema, 409: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      await assertWebhookUrl(request.body.url, app.webhookPolicy);
      const created = await createIdempotently(request, reply, ZCreatedWebhookSchema, (tx) =>
        createWebhook(tx, request.user.id, request.body),
      );
      return sendCreated(reply, `/api/v1/webhooks/${created.id}`, created);
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        tags: [TAG],
        summary: "Read one of my webhooks (never its secret)",
        params: ZIdParamsSchema,
        response: { 200: ZWebhookSchema, ...ERRORS },
      },
    },
    async (request) => getWebhook(app.db, request.user.id, request.params.id),
  );

  app.get(
    "",
    {
      schema: {
        tags: [TAG],
        summary: "List my webhooks (never their secrets)",
        response: { 200: ZWebhookListSchema, ...ERRORS },
      },
    },
    async (request) => listWebhooks(app.db, request.user.id),
  );

  app.delete(
    "/:id",
    {
      schema: {
        tags: [TAG],
        summary: "Delete a webhook (no more deliveries, its log goes with it)",
        params: ZIdParamsSchema,
        response: { 204: z.null(), ...ERRORS },
      },
    },
    async (request, reply) => {
      await deleteWebhook(app.db, request.user.id, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/:id/deliveries",
    {
      schema: {
        tags: [TAG],
        summary: "A webhook's delivery log, newest first: status, attempts, last answer and timing",
        params: ZIdParamsSchema,
        querystring: ZWebhookDeliveryListQuerySchema,
        response: { 200: ZWebhookDeliveryListSchema, ...ERRORS },
      },
    },
    async (request) => listDeliveries(app.db, request.user.id, request.params.id, request.query),
  );

  app.post(
    "/:id/test",
    {
      schema: {
        tags: [TAG],
        summary: "Send a signed `ping` event to this webhook now",
        description:
          "Queues a `ping` delivery to this webhook (whatever events it subscribes to), signed, retried and logged like " +
          "any other; the answer is that delivery, `PENDING` until your endpoint answers. Body: " +
          '`{ id, type: "ping", createdAt, data: { webhook: { id, url, events } } }`.',
        params: ZIdParamsSchema,
        response: { 202: ZWebhookDeliverySchema, ...ERRORS },
      },
    },
    async (request, reply) => reply.code(202).send(await sendTestPing(app.db, request.user.id, request.params.id)),
  );

  app.post(
    "/:id/deliveries/:deliveryId/redeliver",
    {
      schema: {
        tags: [TAG],
        summary: "Send a delivery's event again",
        description:
          "A new delivery of the same event (same body, same `webhook-id`, `redelivery: true`) to this webhook, retried " +
          "and logged like the first. 409 while the delivery, or an earlier redelivery of its event, is still `PENDING`.",
        params: ZWebhookDeliveryParamsSchema,
        response: { 202: ZWebhookDeliverySchema, 409: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await redeliverWebhook(app.db, request.user.id, request.params.id, request.params.deliveryId)),
  );
};

export default webhookRoutes;
