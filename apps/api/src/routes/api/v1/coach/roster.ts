import { ZProblemSchema, ZRosterQuerySchema, ZRosterSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { getRoster } from "../../../../services/coaching/get-roster.ts";

const rosterRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      schema: {
        tags: ["coach"],
        summary: "My clients, most in need of attention first",
        description:
          "Every client with an active link: health score, flags, last activity and this week against their " +
          "targets, over the last 28 days. Ordered by health score (lowest first), then the longest without " +
          "activity (never active first). Paginated like every list (`limit` up to 100, `cursor`); the whole " +
          "caseload is scored on every page, so the order is the same across pages. Each client listed is " +
          "recorded in their access log as `roster`.",
        querystring: ZRosterQuerySchema,
        response: { 200: ZRosterSchema, 400: ZProblemSchema, 403: ZProblemSchema },
      },
    },
    async (request) => {
      const roster = await getRoster(app.db, request.user.id, request.query);
      for (const entry of roster.data)
        app.accessLog.record({ coachId: request.user.id, clientId: entry.client.id, resource: "roster" });
      return roster;
    },
  );
};

export default rosterRoutes;
