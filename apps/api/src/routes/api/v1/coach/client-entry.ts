/** `GET /coach/clients/:clientId`: one client's roster entry (the subtree's guard has checked the link). */
import { ZClientParamsSchema, ZRosterEntrySchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { getRosterEntry } from "../../../../services/coaching/get-roster.ts";
import { CLIENT_ERRORS } from "./errors.ts";
import { ROSTER_ENTRY_DESCRIPTION } from "./roster.ts";

const clientEntryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "",
    {
      schema: {
        tags: ["coach"],
        summary: "One client's roster entry",
        description: `What the roster says of this client. ${ROSTER_ENTRY_DESCRIPTION} Recorded in the client's access log as \`roster\`.`,
        params: ZClientParamsSchema,
        response: { 200: ZRosterEntrySchema, ...CLIENT_ERRORS },
      },
    },
    async (request) =>
      getRosterEntry(app.db, app.insights, request.user.id, request.params.clientId),
  );
};

export default clientEntryRoutes;
