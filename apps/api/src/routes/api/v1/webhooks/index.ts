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
  ZWebhookDeliveryListQuerySchema,
  ZWebhookDeliveryListSchema,
  ZWebhookListSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createWebhook } from "../../../../services/webhooks/create-webhook.ts";
import { deleteWebhook } from "../../../../services/webhooks/delete-webhook.ts";
import { listDeliveries } from "../../../../services/webhooks/list-deliveries.ts";
import { listWebhooks } from "../../../../services/webhooks/list-webhooks.ts";

const TAG = "webhooks";
const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema } as const;

export const WEBHOOKS_DESCRIPTION =
  "Traction POSTs each event as JSON `{ id, type, createdAt, data }` to your URL, with headers " +
  "`Traction-Event`, `Traction-Delivery` (the delivery id, the same on retries) and " +
  "`Traction-Signature: t=<unix seconds>,v1=<hex>`, where the hex is HMAC-SHA256 of `<t>.<raw body>` keyed " +
  "with the webhook's secret. Verify it over the raw body with a constant-time comparison and reject a `t` " +
  "more than 5 minutes old. Answer 2xx within 10 s; anything else is retried with exponential backoff " +
  "(waits of 10–20 s, 20–40 s, 40–80 s, … up to 8 retries), and every attempt is in the delivery log. An event is sent only for a " +
  "change that was committed, at least once (deduplicate on `id`). Events: " +
  `${WEBHOOK_EVENTS.map((event) => `\`${event}\``).join(", ")}. ` +
  "`data` holds the record as its own route returns it (`contact`, `lead` and `previousStage`, `meeting`), or, " +
  "for `insights.flag_raised` (checked every 15 minutes), `{ flag, healthScore, period }`.";

const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preHandler", app.requireRole("JOBSEEKER"));

  app.post(
    "",
    {
      schema: {
        tags: [TAG],
        summary: "Register a webhook (its signing secret is shown in this response only)",
        description: WEBHOOKS_DESCRIPTION,
        body: ZCreateWebhookSchema,
        response: { 201: ZCreatedWebhookSchema, 409: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => reply.code(201).send(await createWebhook(app.db, request.user.id, request.body, app.webhookPolicy)),
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
};

export default webhookRoutes;
