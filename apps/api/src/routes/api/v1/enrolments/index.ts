/** A jobseeker's enrolments in organisations' cohorts: joining with a code (consent) and leaving. */
import {
  ZCreateEnrolmentSchema,
  ZEnrolmentListQuerySchema,
  ZEnrolmentListSchema,
  ZEnrolmentSchema,
  ZIdParamsSchema,
  ZProblemSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { enrol } from "../../../../services/orgs/enrol.ts";
import { getEnrolment } from "../../../../services/orgs/list-enrolments.ts";
import { leaveEnrolment } from "../../../../services/orgs/leave-enrolment.ts";
import { listEnrolments } from "../../../../services/orgs/list-enrolments.ts";
import { createIdempotently } from "../idempotent-create.ts";

const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema } as const;

export const CONSENT =
  "Enrolling is consent to share, with the organisation's admins, your health score, flags, this week against " +
  "your targets and your last activity day — never your notes or records; those are read only by a coach you are " +
  "linked to (the organisation may assign one), and every read is in your access log.";

const enrolmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onRequest", app.requireRole("JOBSEEKER"));
  const attempts = app.rateLimits.define({
    name: "enrolment",
    quota: app.config.AUTH_RATE_LIMIT_PER_IP,
    windowSeconds: app.config.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    what: "join codes tried from your account",
  });

  app.post(
    "",
    {
      preHandler: async (request, reply) => {
        await attempts.consume(reply, request.user.id);
      },
      schema: {
        tags: ["enrolments"],
        summary: "Join a cohort with its join code",
        description: `${CONSENT} An unknown code is a 404; already enrolled with the organisation: 409.`,
        body: ZCreateEnrolmentSchema,
        response: { 201: ZEnrolmentSchema, 404: ZProblemSchema, 409: ZProblemSchema, 429: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const enrolment = await createIdempotently(request, reply, ZEnrolmentSchema, (tx) =>
        enrol(tx, request.user.id, request.body.joinCode),
      );
      // The client's past weeks of health, for the cohort's history: queued here, computed by the job.
      await app.healthHistory.afterEnrolment(request.user.id);
      return reply.code(201).header("Location", `/api/v1/enrolments/${enrolment.id}`).send(enrolment);
    },
  );

  app.get(
    "",
    {
      schema: {
        tags: ["enrolments"],
        summary: "My enrolments, current and past",
        querystring: ZEnrolmentListQuerySchema,
        response: { 200: ZEnrolmentListSchema, ...ERRORS },
      },
    },
    async (request) => listEnrolments(app.db, request.user.id, request.query),
  );

  app.get(
    "/:id",
    {
      schema: {
        tags: ["enrolments"],
        summary: "One of my enrolments",
        params: ZIdParamsSchema,
        response: { 200: ZEnrolmentSchema, 404: ZProblemSchema, ...ERRORS },
      },
    },
    async (request) => getEnrolment(app.db, request.user.id, request.params.id),
  );

  app.delete(
    "/:id",
    {
      schema: {
        tags: ["enrolments"],
        summary: "Leave a cohort",
        description:
          "At once and together: the organisation loses access (you leave its roster and benchmarks) and every " +
          "coach link it made for you ends (`REVOKED`). Links you made with your own codes stay.",
        params: ZIdParamsSchema,
        response: { 204: z.null(), 404: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      await leaveEnrolment(app.db, request.user.id, request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default enrolmentRoutes;
