/** Cohorts (admins), their benchmarks and their health over time (every member). */
import {
  BENCHMARK_MIN_CLIENTS,
  HEALTH_HISTORY_MAX_WEEKS,
  ZBenchmarkQuerySchema,
  ZCohortBenchmarkSchema,
  ZCohortHealthQuerySchema,
  ZCohortHealthSchema,
  ZCohortListSchema,
  ZCohortSchema,
  ZCreateCohortSchema,
  ZOrgCohortParamsSchema,
  ZOrgParamsSchema,
  ZPaginationQuerySchema,
  ZProblemSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { notFound } from "../../../../lib/errors.ts";
import type { DbClient } from "../../../../services/records/db-client.ts";
import { cohortBenchmark } from "../../../../services/orgs/cohort-benchmark.ts";
import { cohortHealth } from "../../../../services/orgs/cohort-health.ts";
import { createCohort } from "../../../../services/orgs/create-cohort.ts";
import { listCohorts } from "../../../../services/orgs/list-cohorts.ts";
import { createIdempotently } from "../idempotent-create.ts";
import { adminOnly, memberOnly } from "./guards.ts";

const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema } as const;

export const BENCHMARK_DESCRIPTION =
  "For the period (`from`/`to`, default the last 28 days), each metric's 25th, 50th and 75th percentile " +
  "(`percentile_cont`) over the cohort's actively enrolled clients, each client's figures being those of their own " +
  "insights for the period: `eventHours`, `venueKinds` (kinds of venue with an event), `newContacts`, " +
  "`conversations`, `conversationsMentioningSearchPct` (0–100; clients without conversations left out), " +
  "`oneOnOnes` (done), `leads`, `interviews`, `offers`, `healthScore` (clients without a score left out). " +
  `With fewer than ${BENCHMARK_MIN_CLIENTS} clients nothing is computed: \`suppressed: true\`, \`metrics: null\` ` +
  "(no figure can be traced to a person). Computed on every request from the clients' records: requests for the same " +
  "cohort and period that arrive while it is being computed share the next computation, so every answer holds " +
  "every write acknowledged before its request.";

export const HEALTH_DESCRIPTION =
  "For each of the last `weeks` weeks (1–52, default 12; oldest first, up to the last week that has ended), the " +
  "health of the cohort's clients as it stood at the end of that week: each client's health score over the 28 days " +
  "ending on the week's Sunday, in their own time zone (their insights for that period), recorded weekly. " +
  "`clients`: the clients with a record of that week — those enrolled now and those who left after the week ended. " +
  "`quartiles`: the scores' 25th, 50th and 75th percentile (`percentile_cont`; clients without a score left out). " +
  "`byStatus`: how many clients were `HEALTHY` (70 and over), `NEEDS_NUDGE` (40–69), `STUCK` (under 40) or had " +
  `\`NOT_ENOUGH_DATA\`. A week with fewer than ${BENCHMARK_MIN_CLIENTS} clients is \`suppressed\` (\`quartiles\` and ` +
  `\`byStatus\` null), and \`quartiles\` is null with fewer than ${BENCHMARK_MIN_CLIENTS} scores: no figure can be traced to a person. ` +
  "A new client's past weeks are filled in the background shortly after they enrol.";

/** 404 for a cohort of another organisation (or none). */
async function requireCohort(db: DbClient, orgId: string, cohortId: string): Promise<void> {
  const cohort = await db.cohort.findFirst({ where: { id: cohortId, orgId }, select: { id: true } });
  if (!cohort) throw notFound("Cohort");
}

const cohortRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "",
    {
      preHandler: adminOnly,
      schema: {
        tags: ["organisations"],
        summary: "Create a cohort with a join code (admins)",
        params: ZOrgParamsSchema,
        body: ZCreateCohortSchema,
        response: { 201: ZCohortSchema, 409: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const { orgId } = request.params;
      const cohort = await createIdempotently(request, reply, ZCohortSchema, (tx) => createCohort(tx, orgId, request.body));
      return reply.code(201).header("Location", `/api/v1/orgs/${orgId}/cohorts/${cohort.id}`).send(cohort);
    },
  );

  app.get(
    "",
    {
      preHandler: adminOnly,
      schema: {
        tags: ["organisations"],
        summary: "The organisation's cohorts, newest first (admins)",
        params: ZOrgParamsSchema,
        querystring: ZPaginationQuerySchema,
        response: { 200: ZCohortListSchema, ...ERRORS },
      },
    },
    async (request) => listCohorts(app.db, request.params.orgId, request.query),
  );

  app.get(
    "/:cohortId/benchmarks",
    {
      preHandler: memberOnly,
      schema: {
        tags: ["organisations"],
        summary: "A cohort's distribution of each networking metric (members)",
        description: BENCHMARK_DESCRIPTION,
        params: ZOrgCohortParamsSchema,
        querystring: ZBenchmarkQuerySchema,
        response: { 200: ZCohortBenchmarkSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { orgId, cohortId } = request.params;
      await requireCohort(app.db, orgId, cohortId);
      return cohortBenchmark(app.db, app.reads, cohortId, request.query);
    },
  );

  app.get(
    "/:cohortId/health",
    {
      preHandler: memberOnly,
      schema: {
        tags: ["organisations"],
        summary: `A cohort's health distribution week by week, up to ${HEALTH_HISTORY_MAX_WEEKS} weeks (members)`,
        description: HEALTH_DESCRIPTION,
        params: ZOrgCohortParamsSchema,
        querystring: ZCohortHealthQuerySchema,
        response: { 200: ZCohortHealthSchema, ...ERRORS },
      },
    },
    async (request) => {
      const { orgId, cohortId } = request.params;
      await requireCohort(app.db, orgId, cohortId);
      return cohortHealth(app.db, cohortId, request.query.weeks);
    },
  );
};

export default cohortRoutes;
