import { ZAcceptOrgInviteSchema, ZAcceptedOrgInviteSchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { acceptInvite } from "../../../../services/orgs/accept-invite.ts";

const orgInviteRoutes: FastifyPluginAsyncZod = async (app) => {
  const attempts = app.rateLimits.define({
    name: "org-invite-accept",
    quota: app.config.AUTH_RATE_LIMIT_PER_IP,
    windowSeconds: app.config.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    what: "invitation tokens tried from your account",
  });

  app.post(
    "/accept",
    {
      preHandler: [
        app.requireRole("COACH"),
        async (request, reply) => {
          await attempts.consume(reply, request.user.id);
        },
      ],
      schema: {
        tags: ["organisations"],
        summary: "Join an organisation from an emailed invitation",
        description:
          "The signed-in coach's email must be the invited address. An unknown, used or expired token and an " +
          "invitation to another address are the same 404. Already a member: 409 (the invitation stays unused).",
        body: ZAcceptOrgInviteSchema,
        response: {
          200: ZAcceptedOrgInviteSchema,
          400: ZProblemSchema,
          403: ZProblemSchema,
          404: ZProblemSchema,
          409: ZProblemSchema,
          429: ZProblemSchema,
        },
      },
    },
    async (request) => acceptInvite(app.db, request.user.id, request.body.token),
  );
};

export default orgInviteRoutes;
