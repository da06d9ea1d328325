import { ZCoachInviteSchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { createInvite } from "../../../../services/coaching/create-invite.ts";
import { createIdempotently, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";

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
};

export default coachInviteRoutes;
