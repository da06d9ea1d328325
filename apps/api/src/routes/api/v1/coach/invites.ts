/**
 * A coach invites jobseekers by email, lists the invitations and withdraws a
 * pending one. Sending is limited per address, per coach and per network.
 */
import {
  ZCoachEmailInviteListQuerySchema,
  ZCoachEmailInviteListSchema,
  ZCoachEmailInviteSchema,
  ZCreateCoachEmailInviteSchema,
  ZInviteIdParamsSchema,
  ZProblemSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { inviteByEmail } from "../../../../services/invitations/invite-by-email.ts";
import { listEmailInvites } from "../../../../services/invitations/list-email-invites.ts";
import { revokeEmailInvite } from "../../../../services/invitations/revoke-email-invite.ts";
import { createIdempotently, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";

const inviteRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app;
  const perAddress = app.rateLimits.define({
    name: "coach-invite-address",
    quota: config.INVITE_RATE_LIMIT_PER_EMAIL,
    windowSeconds: 3_600,
    what: "invitations to this address",
  });
  const perCoach = app.rateLimits.define({
    name: "coach-invite",
    quota: config.INVITE_RATE_LIMIT_PER_COACH,
    windowSeconds: 3_600,
    what: "invitations from your account",
  });
  const perNetwork = app.rateLimits.define({
    name: "coach-invite-network",
    quota: config.AUTH_RATE_LIMIT_PER_IP,
    windowSeconds: config.AUTH_RATE_LIMIT_WINDOW_SECONDS,
    what: "invitations from your network",
  });

  app.post(
    "",
    {
      preHandler: async (request, reply) => {
        await perNetwork.consume(reply, request.ip);
        await perCoach.consume(reply, request.user.id);
        await perAddress.consume(reply, request.body.email);
      },
      schema: {
        tags: ["coach"],
        summary: "Invite a jobseeker by email",
        description:
          "Emails the address a link to the dashboard's accept screen (single use, 7 days; only its hash is stored). " +
          "The jobseeker, signed in with that address (or after creating an account with it), accepts — which " +
          "links you as `POST /coach/links` does — or declines; you are told by email, and the invitation's " +
          "`status` changes. A new invitation to the same address replaces your pending one. Already on your " +
          "roster: 409. Invitations per hour are limited per address (`INVITE_RATE_LIMIT_PER_EMAIL`, 3 by default), " +
          "per coach (`INVITE_RATE_LIMIT_PER_COACH`, 30) and per network (429).",
        headers: ZIdempotencyHeadersSchema,
        body: ZCreateCoachEmailInviteSchema,
        response: {
          201: ZCoachEmailInviteSchema,
          400: ZProblemSchema,
          403: ZProblemSchema,
          409: ZProblemSchema,
          429: ZProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const publicUrl = app.mail.publicUrl(request);
      const invite = await createIdempotently(request, reply, ZCoachEmailInviteSchema, (tx) =>
        inviteByEmail(tx, request.user.id, request.body.email, publicUrl),
      );
      app.mail.kick();
      return reply.code(201).header("Location", `/api/v1/coach/invites/${invite.id}`).send(invite);
    },
  );

  app.get(
    "",
    {
      schema: {
        tags: ["coach"],
        summary: "My invitations by email, newest first",
        querystring: ZCoachEmailInviteListQuerySchema,
        response: { 200: ZCoachEmailInviteListSchema, 400: ZProblemSchema, 403: ZProblemSchema },
      },
    },
    async (request) => listEmailInvites(app.db, request.user.id, request.query),
  );

  app.delete(
    "/:inviteId",
    {
      schema: {
        tags: ["coach"],
        summary: "Withdraw a pending invitation",
        description: "Its link stops working at once. An answered, withdrawn or another coach's invitation: 404.",
        params: ZInviteIdParamsSchema,
        response: { 204: z.null(), 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema },
      },
    },
    async (request, reply) => {
      await revokeEmailInvite(app.db, request.user.id, request.params.inviteId);
      return reply.code(204).send(null);
    },
  );
};

export default inviteRoutes;
