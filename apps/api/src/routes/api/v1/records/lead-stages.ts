/** `GET /leads/:id/stages`: the stages a lead went through, for its detail page. */
import { ZIdParamsSchema, ZLeadStageHistorySchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { listLeadStages } from "../../../../services/leads/list-lead-stages.ts";
import { RECORD_ERRORS } from "./crud-routes.ts";

const leadStageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/:id/stages",
    {
      schema: {
        tags: ["leads"],
        summary: "A lead's stage history, oldest first",
        description: "The stage the lead was created in, then every change of stage, each with when it happened.",
        params: ZIdParamsSchema,
        response: { 200: ZLeadStageHistorySchema, ...RECORD_ERRORS },
      },
    },
    async (request) => listLeadStages(app.db, request.user.id, request.params.id),
  );
};

export default leadStageRoutes;
