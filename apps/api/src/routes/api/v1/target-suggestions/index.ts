/** Weekly targets my coaches suggested: list, accept (they become my plan's), decline. */
import {
  ZIdParamsSchema,
  ZProblemSchema,
  ZTargetSuggestionListQuerySchema,
  ZTargetSuggestionListSchema,
  ZTargetSuggestionSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { decideSuggestion } from "../../../../services/target-suggestions/decide-suggestion.ts";
import { listSuggestions } from "../../../../services/target-suggestions/list-suggestions.ts";

const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema } as const;
const DECIDE_ERRORS = { ...ERRORS, 404: ZProblemSchema, 409: ZProblemSchema } as const;

const targetSuggestionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preHandler", app.requireRole("JOBSEEKER"));

  app.get(
    "",
    {
      schema: {
        tags: ["coaches"],
        summary: "Weekly targets my coaches suggested, newest first",
        querystring: ZTargetSuggestionListQuerySchema,
        response: { 200: ZTargetSuggestionListSchema, ...ERRORS },
      },
    },
    async (request) => listSuggestions(app.db, { clientId: request.user.id }, request.query),
  );

  app.post(
    "/:id/accept",
    {
      schema: {
        tags: ["coaches"],
        summary: "Accept a suggestion: its four targets become my plan's weekly targets",
        description: "Only a PROPOSED suggestion can be decided (else 409).",
        params: ZIdParamsSchema,
        response: { 200: ZTargetSuggestionSchema, ...DECIDE_ERRORS },
      },
    },
    async (request) => decideSuggestion(app.db, request.user.id, request.params.id, "ACCEPTED"),
  );

  app.post(
    "/:id/decline",
    {
      schema: {
        tags: ["coaches"],
        summary: "Decline a suggestion (my plan is unchanged)",
        description: "Only a PROPOSED suggestion can be decided (else 409).",
        params: ZIdParamsSchema,
        response: { 200: ZTargetSuggestionSchema, ...DECIDE_ERRORS },
      },
    },
    async (request) => decideSuggestion(app.db, request.user.id, request.params.id, "DECLINED"),
  );
};

export default targetSuggestionRoutes;
