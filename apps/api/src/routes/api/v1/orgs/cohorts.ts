/** Cohorts (admins) and their benchmarks (every member). */
import {
  BENCHMARK_MIN_CLIENTS,
  ZBenchmarkQuerySchema,
  ZCohortBenchmarkSchema,
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
import { cohortBenchmark } from "../../../../services/orgs/cohort-benchmark.ts";
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
  "(no figure can be traced to a person).";

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
      const cohort = await app.db.cohort.findFirst({ where: { id: cohortId, orgId }, select: { id: true } });
      if (!cohort) throw notFound("Cohort");
      return cohortBenchmark(app.db, app.reads, cohortId, request.query);
    },
  );
};

export default cohortRoutes;
