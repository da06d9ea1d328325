import {
  ZClientParamsSchema,
  ZClientRecordParamsSchema,
  ZCreateTargetSuggestionSchema,
  ZProblemSchema,
  ZTargetSuggestionListQuerySchema,
  ZTargetSuggestionListSchema,
  ZTargetSuggestionSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { createSuggestion } from "../../../../services/target-suggestions/create-suggestion.ts";
import { getSuggestion } from "../../../../services/target-suggestions/get-suggestion.ts";
import { listSuggestions } from "../../../../services/target-suggestions/list-suggestions.ts";
import { createIdempotently, sendCreated, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";
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
      const suggestion = await createIdempotently(request, reply, ZTargetSuggestionSchema, (tx) =>
        createSuggestion(tx, request.user.id, request.params.clientId, request.body),
      );
      return sendCreated(
        reply,
        `/api/v1/coach/clients/${request.params.clientId}/target-suggestions/${suggestion.id}`,
        suggestion,
      );
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

  app.get(
    "/:id",
    {
      schema: {
        tags: ["coach"],
        summary: "One of my suggestions to a client",
        params: ZClientRecordParamsSchema,
        response: { 200: ZTargetSuggestionSchema, ...CLIENT_ERRORS },
      },
    },
    async (request) => getSuggestion(app.db, { clientId: request.params.clientId, coachId: request.user.id }, request.params.id),
  );
};

export default suggestionRoutes;
