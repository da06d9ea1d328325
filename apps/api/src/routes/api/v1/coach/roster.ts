import { ZProblemSchema, ZRosterQuerySchema, ZRosterSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { getRoster } from "../../../../services/coaching/get-roster.ts";
import { scoreClients } from "../../../../services/coaching/score-clients.ts";

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
          "activity (never active first). Paginated like every list (`limit` up to 100, `cursor`) over the " +
          "whole caseload's order. Scores are computed for the whole caseload at once and reused until the " +
          "client's records change, so every write shows at once; links are always current. Each client listed is " +
          "recorded in their access log as `roster`.",
        querystring: ZRosterQuerySchema,
        response: { 200: ZRosterSchema, 400: ZProblemSchema, 403: ZProblemSchema },
      },
    },
    async (request) => {
      const roster = await getRoster(app.db, request.user.id, request.query, (clientIds) =>
        scoreClients(app.insights, clientIds),
      );
      for (const entry of roster.data)
        app.accessLog.record({ coachId: request.user.id, clientId: entry.client.id, resource: "roster" });
      return roster;
    },
  );
};

export default rosterRoutes;
