/** A jobseeker's coaches: who is (and was) linked, and revoking a link. */
import { ZLinkIdParamsSchema, ZMyCoachListQuerySchema, ZMyCoachListSchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { endLink } from "../../../../services/coaching/end-link.ts";
import { listCoaches } from "../../../../services/coaching/list-coaches.ts";

const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema } as const;

const coachesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preHandler", app.requireRole("JOBSEEKER"));

  app.get(
    "",
    {
      schema: {
        tags: ["coaches"],
        summary: "My coaches, current and past",
        querystring: ZMyCoachListQuerySchema,
        response: { 200: ZMyCoachListSchema, ...ERRORS },
      },
    },
    async (request) => listCoaches(app.db, request.user.id, request.query),
  );

  app.delete(
    "/:linkId",
    {
      schema: {
        tags: ["coaches"],
        summary: "Revoke a coach's access",
        description: "Access ends at once: the coach's next request about me is a 404. The link stays listed as `REVOKED`.",
        params: ZLinkIdParamsSchema,
        response: { 204: z.null(), 404: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      await endLink(app.db, request.params.linkId, { clientId: request.user.id });
      return reply.code(204).send(null);
    },
  );
};

export default coachesRoutes;
