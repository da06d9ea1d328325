/**
 * The jobseeker's side of linking a coach: a code to give them (`POST ""`),
 * and answering a coach's invitation by email (`/preview`, `/accept`,
 * `/decline`, each with the emailed token).
 */
import {
  ZCoachInviteSchema,
  ZInvitationAcceptedSchema,
  ZInvitationPreviewSchema,
  ZInvitationTokenSchema,
  ZProblemSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createInvite } from "../../../../services/coaching/create-invite.ts";
import { createIdempotently, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";
import {
  acceptEmailInvite,
  declineEmailInvite,
  previewEmailInvite,
} from "../../../../services/invitations/answer-email-invite.ts";

const ANSWER_ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema } as const;
const WHO =
  "For the jobseeker account whose address the invitation was sent to; any other account gets 404 (a coach 403), " +
  "as does a link that expired (7 days), was withdrawn or was already answered.";

const coachInviteRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "",
    {
      preHandler: app.requireRole("JOBSEEKER"),
      schema: {
        tags: ["coaches"],
        summary: "Create a code that links a coach to me",
        description:
          "Give the code to your coach, who redeems it at `POST /coach/links`. It works once and for 7 days, and " +
          "is shown only in this response (only its hash is stored). Each call makes a new code, except a replay of the same " +
          "`Idempotency-Key` within 24 h, which shows the same code again (kept encrypted for that time). A code has no " +
          "URL of its own: no `Location`.",
        headers: ZIdempotencyHeadersSchema,
        response: { 201: ZCoachInviteSchema, 403: ZProblemSchema },
      },
    },
    async (request, reply) => {
      const invite = await createIdempotently(request, reply, ZCoachInviteSchema, (tx) => createInvite(tx, request.user.id), {
        secret: true,
      });
      return reply.code(201).send(invite);
    },
  );

  app.post(
    "/preview",
    {
      schema: {
        tags: ["coaches"],
        summary: "Read a coach's invitation by email: who, and what they will see",
        description: `Changes nothing. ${WHO}`,
        body: ZInvitationTokenSchema,
        response: { 200: ZInvitationPreviewSchema, ...ANSWER_ERRORS },
      },
    },
    async (request) => previewEmailInvite(app.db, request.body.token, request.user),
  );

  app.post(
    "/accept",
    {
      schema: {
        tags: ["coaches"],
        summary: "Accept a coach's invitation by email: the coach is linked to me",
        description: `Creates the same ACTIVE link as a redeemed code; the coach is told by email. Already linked: 409. ${WHO}`,
        body: ZInvitationTokenSchema,
        response: { 200: ZInvitationAcceptedSchema, 409: ZProblemSchema, ...ANSWER_ERRORS },
      },
    },
    async (request) => {
      const link = await acceptEmailInvite(app.db, request.body.token, request.user, app.mail.publicUrl(request));
      app.mail.kick();
      return link;
    },
  );

  app.post(
    "/decline",
    {
      schema: {
        tags: ["coaches"],
        summary: "Decline a coach's invitation by email",
        description: `Nothing is shared; the coach is told by email and sees the invitation as DECLINED. ${WHO}`,
        body: ZInvitationTokenSchema,
        response: { 204: z.null(), ...ANSWER_ERRORS },
      },
    },
    async (request, reply) => {
      await declineEmailInvite(app.db, request.body.token, request.user, app.mail.publicUrl(request));
      app.mail.kick();
      return reply.code(204).send(null);
    },
  );
};

export default coachInviteRoutes;
