/**
 * The plan is singular: `GET /plan` and `PUT /plan`. It always exists from the
 * client's point of view — the first read creates it with the default targets.
 */
import { ZPlanSchema, ZProblemSchema, ZPutPlanSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { getPlan } from "../../../../services/plan/get-plan.ts";
import { putPlan } from "../../../../services/plan/put-plan.ts";
import { etagOf, parseIfMatch, ZIfMatchHeadersSchema } from "../../../../lib/etag.ts";

const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema } as const;

const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      schema: {
        tags: ["plan"],
        summary: "Read my plan (created with the default weekly targets on first read; always 200)",
        description:
          "Never 404: a jobseeker who has not saved a plan gets one with the default weekly targets, " +
          "no pitch and no target roles. Its `id` is stable from the first read on.",
        response: { 200: ZPlanSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const plan = await getPlan(app.db, request.user.id);
      return reply.header("ETag", etagOf(plan.updatedAt)).send(plan);
    },
  );

  app.put(
    "",
    {
      schema: {
        tags: ["plan"],
        summary: "Save my plan (fields left out keep their value; null clears pitch or startsOn)",
        description:
          "Creates the plan if needed. `weeklyTargets`, when given, must carry all four targets. " +
          "Answers 200 with the whole plan and its `ETag`; with `If-Match`, only over that version (else 412).",
        headers: ZIfMatchHeadersSchema,
        body: ZPutPlanSchema,
        response: { 200: ZPlanSchema, 412: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const plan = await putPlan(app.db, request.user.id, request.body, parseIfMatch(request.headers["if-match"]));
      return reply.header("ETag", etagOf(plan.updatedAt)).send(plan);
    },
  );
};

export default planRoutes;
