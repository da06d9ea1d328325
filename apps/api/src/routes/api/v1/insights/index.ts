import { ZInsightsQuerySchema, ZInsightsSchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { describeRules } from "../../../../services/insights/diagnose.ts";
import { getInsights } from "../../../../services/insights/get-insights.ts";

export const INSIGHTS_DESCRIPTION = `Why networking is or is not working, with evidence. The default period is the last 28 days.

A tip's status comes from its findings only (OK with none, WARN, or ALERT at the severe end of a rule); the plan's weekly targets are reported in \`targets\` and never change a status. \`healthScore\` starts at 100 and loses 16 per WARN finding and 25 per ALERT.

Rules:
${describeRules()}`;

const insightsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      preHandler: app.requireRole("JOBSEEKER"),
      schema: {
        tags: ["insights"],
        summary: "Diagnose my networking",
        description: INSIGHTS_DESCRIPTION,
        querystring: ZInsightsQuerySchema,
        response: { 200: ZInsightsSchema, 400: ZProblemSchema, 403: ZProblemSchema },
      },
    },
    async (request) => getInsights(app.insights, request.user.id, request.query),
  );
};

export default insightsRoutes;
