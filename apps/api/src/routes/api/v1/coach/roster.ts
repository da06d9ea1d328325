import { ZProblemSchema, ZRosterQuerySchema, ZRosterSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { logReads } from "../../../../services/access-log/insert-access-log.ts";
import { getRoster } from "../../../../services/coaching/get-roster.ts";

export const ROSTER_ENTRY_DESCRIPTION =
  "Health score, flags, last activity and this week against their targets over the last 28 days (the same " +
  "figures as the client's insights), and whether the client wrote last week's review (`reviewedLastWeek`, last " +
  "week in the client's time zone; `lastReviewWeek` is the latest week reviewed). Scores are stored and reused until the " +
  "client's records, time zone or day change, so every write shows at once; links are always current.";

const rosterRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      schema: {
        tags: ["coach"],
        summary: "My clients, most in need of attention first",
        description:
          `Every client with an active link. ${ROSTER_ENTRY_DESCRIPTION} Ordered by need: clients without a score ` +
          "(too little recorded to judge) first, then the lowest health score, then the longest without activity " +
          "(never active first), then the client's id. `q` keeps the clients whose name contains it (case-insensitive), `flag` " +
          "those with that flag. Paginated like every list (`limit` up to 100, `cursor`): the cursor is the last " +
          "entry's sort key, and the next page starts strictly after it, so a client whose score did not change " +
          "is never listed twice nor skipped. Each client listed is recorded in their access log as `roster` " +
          "before the page is sent (one statement for the page).",
        querystring: ZRosterQuerySchema,
        response: { 200: ZRosterSchema, 400: ZProblemSchema, 403: ZProblemSchema },
      },
    },
    async (request) => {
      const roster = await getRoster(app.db, app.insights, request.user.id, request.query);
      await logReads(
        app.db,
        request.user.id,
        roster.data.map((entry) => entry.client.id),
        "roster",
      );
      return roster;
    },
  );
};

export default rosterRoutes;
