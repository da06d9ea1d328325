/**
 * API keys: create (the secret is in this one response), list, revoke. Only a
 * signed-in person manages keys — a key calling these routes gets 403
 * (see lib/api-key-policy.ts).
 */
import {
  ZApiKeyListSchema,
  ZApiKeySchema,
  ZCreateApiKeySchema,
  ZCreatedApiKeySchema,
  ZIdParamsSchema,
  ZProblemSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createApiKey } from "../../../../services/api-keys/create-api-key.ts";
import { getApiKey } from "../../../../services/api-keys/get-api-key.ts";
import { listApiKeys } from "../../../../services/api-keys/list-api-keys.ts";
import { revokeApiKey } from "../../../../services/api-keys/revoke-api-key.ts";
import { createIdempotently, sendCreated, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";

const TAG = "api-keys";

const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "",
    {
      schema: {
        tags: [TAG],
        summary: "Create an API key (its secret is shown in this response only)",
        description:
          "Send it as `Authorization: Bearer trk_...`. A key acts as its owner: `read` keys may only GET, " +
          "`write` keys may also create, change and delete records. No key may manage API keys or the calendar " +
          "feed, export or delete the account. Each key is rate limited on its own (429 with `Retry-After`). " +
          "Traction stores only the key's SHA-256 hash: a lost key cannot be shown again, only replaced. A replay of " +
          "the same `Idempotency-Key` within 24 h shows the same key again (kept encrypted for that time).",
        headers: ZIdempotencyHeadersSchema,
        body: ZCreateApiKeySchema,
        response: { 201: ZCreatedApiKeySchema, 400: ZProblemSchema, 403: ZProblemSchema, 409: ZProblemSchema },
      },
    },
    async (request, reply) => {
      const created = await createIdempotently(
        request,
        reply,
        ZCreatedApiKeySchema,
        (tx) => createApiKey(tx, request.user.id, request.body),
        { secret: true },
      );
      return sendCreated(reply, `/api/v1/api-keys/${created.id}`, created);
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        tags: [TAG],
        summary: "Read one of my API keys (never its secret)",
        params: ZIdParamsSchema,
        response: { 200: ZApiKeySchema, 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema },
      },
    },
    async (request) => getApiKey(app.db, request.user.id, request.params.id),
  );

  app.get(
    "",
    {
      schema: {
        tags: [TAG],
        summary: "List my API keys (never their secrets)",
        response: { 200: ZApiKeyListSchema, 403: ZProblemSchema },
      },
    },
    async (request) => listApiKeys(app.db, request.user.id),
  );

  app.delete(
    "/:id",
    {
      schema: {
        tags: [TAG],
        summary: "Revoke an API key (it stops working at once)",
        params: ZIdParamsSchema,
        response: { 204: z.null(), 403: ZProblemSchema, 404: ZProblemSchema },
      },
    },
    async (request, reply) => {
      await revokeApiKey(app.db, request.user.id, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default apiKeyRoutes;
