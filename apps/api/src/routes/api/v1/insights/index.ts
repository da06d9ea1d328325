import {
  ZBenchmarkQuerySchema,
  ZInsightsQuerySchema,
  ZInsightsSchema,
  ZMyBenchmarkListSchema,
  ZProblemSchema,
} from "@traction/schemas";
import { myBenchmarks } from "../../../../services/orgs/cohort-benchmark.ts";
import { resolvePeriod } from "../../../../services/insights/period.ts";
import { BENCHMARK_DESCRIPTION } from "../orgs/cohorts.ts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { describeMinimums, describeRules } from "../../../../services/insights/diagnose.ts";
import { MIN_JUDGED_TIPS, THRESHOLDS } from "../../../../services/insights/thresholds.ts";
import { getInsights } from "../../../../services/insights/get-insights.ts";

export const INSIGHTS_DESCRIPTION = `Why networking is or is not working, with evidence. The default period is the last 28 days up to today in the user's time zone (\`timezone\` on the user, default UTC); weeks start on Monday there, and \`targets\` is the current week.

A tip's status comes from its findings only (OK with none, WARN, or ALERT at the severe end of a rule); the plan's weekly targets are reported in \`targets\` and never change a status.

**Thin data.** A tip is judged only when the period holds its minimum of evidence; below it the tip is \`NOT_ENOUGH_DATA\` with no findings (so no flags) and \`needs\` repeats the minimum. Minimums:
${describeMinimums()}

\`healthScore\` is \`null\` until at least ${MIN_JUDGED_TIPS} tips can be judged. Then it is 100 less ${THRESHOLDS.penalty.WARN} per WARN finding and ${THRESHOLDS.penalty.ALERT} per ALERT, never below 0; \`healthBreakdown\` lists the \`BASE\` of 100, each finding's cost and, if the costs passed 100, a \`FLOOR\` entry, and always sums to the score.

Rules (a rule with a share or rate never fires below the minimum it names, and never below its tip's minimum; a recommendation never suggests a kind of venue or a behaviour the period shows the user already has):
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

  app.get(
    "/benchmark",
    {
      preHandler: app.requireRole("JOBSEEKER"),
      schema: {
        tags: ["insights"],
        summary: "How my networking compares with each cohort I am enrolled in",
        description:
          "One entry per active enrolment: for each metric, my value and `percentile`, the share (0–100) of the " +
          'cohort\'s clients whose value is lower ("you held more one-on-ones than 70 % of your cohort"). ' +
          `The cohort's figures are those of \`GET /orgs/:orgId/cohorts/:cohortId/benchmarks\`: ${BENCHMARK_DESCRIPTION}`,
        querystring: ZBenchmarkQuerySchema,
        response: { 200: ZMyBenchmarkListSchema, 400: ZProblemSchema, 403: ZProblemSchema },
      },
    },
    async (request) => {
      const period = resolvePeriod(request.query);
      return {
        period: { from: period.from, to: period.to },
        data: await myBenchmarks(app.db, app.reads, request.user.id, request.query),
        nextCursor: null,
      };
    },
  );
};

export default insightsRoutes;
