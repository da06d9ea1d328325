import {
  ZClientParamsSchema,
  ZCreateTargetSuggestionSchema,
  ZProblemSchema,
  ZTargetSuggestionListQuerySchema,
  ZTargetSuggestionListSchema,
  ZTargetSuggestionSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { createSuggestion } from "../../../../services/target-suggestions/create-suggestion.ts";
import { listSuggestions } from "../../../../services/target-suggestions/list-suggestions.ts";
import { createIdempotently } from "../idempotent-create.ts";
import { ZIdempotencyHeadersSchema } from "../records/crud-routes.ts";
import { CLIENT_ERRORS } from "./errors.ts";

const suggestionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "",
    {
      schema: {
        tags: ["coach"],
        summary: "Suggest weekly targets to a client",
        description: "The client accepts (the four targets become their plan's) or declines at `/target-suggestions`.",
        params: ZClientParamsSchema,
        headers: ZIdempotencyHeadersSchema,
        body: ZCreateTargetSuggestionSchema,
        response: { 201: ZTargetSuggestionSchema, 409: ZProblemSchema, ...CLIENT_ERRORS },
      },
    },
    async (request, reply) => {
      const suggestion = await createIdempotently(request, ZTargetSuggestionSchema, (tx) =>
        createSuggestion(tx, request.user.id, request.params.clientId, request.body),
      );
      return reply.code(201).send(suggestion);
    },
  );

  app.get(
    "",
    {
      schema: {
        tags: ["coach"],
        summary: "My suggestions to a client and what became of them",
        params: ZClientParamsSchema,
        querystring: ZTargetSuggestionListQuerySchema,
        response: { 200: ZTargetSuggestionListSchema, ...CLIENT_ERRORS },
      },
    },
    async (request) => listSuggestions(app.db, { clientId: request.params.clientId, coachId: request.user.id }, request.query),
  );
};

export default suggestionRoutes;
