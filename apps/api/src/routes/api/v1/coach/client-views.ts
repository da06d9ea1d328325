/** A client's plan and insights, read-only, from the same services as the client's own routes. */
import { ZClientParamsSchema, ZInsightsQuerySchema, ZInsightsSchema, ZPlanSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { getInsights } from "../../../../services/insights/get-insights.ts";
import { getPlan } from "../../../../services/plan/get-plan.ts";
import { INSIGHTS_DESCRIPTION } from "../insights/index.ts";
import { CLIENT_ERRORS } from "./errors.ts";

const clientViewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/plan",
    {
      schema: {
        tags: ["coach"],
        summary: "A client's plan (read-only)",
        params: ZClientParamsSchema,
        response: { 200: ZPlanSchema, ...CLIENT_ERRORS },
      },
    },
    async (request) => getPlan(app.db, request.params.clientId),
  );

  app.get(
    "/insights",
    {
      schema: {
        tags: ["coach"],
        summary: "A client's insights (read-only)",
        description: INSIGHTS_DESCRIPTION,
        params: ZClientParamsSchema,
        querystring: ZInsightsQuerySchema,
        response: { 200: ZInsightsSchema, ...CLIENT_ERRORS },
      },
    },
    async (request) => getInsights(app.insights, request.params.clientId, request.query),
  );
};

export default clientViewRoutes;
