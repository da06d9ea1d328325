import { ZCoachInviteSchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { createInvite } from "../../../../services/coaching/create-invite.ts";

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
          "is shown only in this response (only its hash is stored). No `Idempotency-Key` replay: each call makes a new code.",
        response: { 201: ZCoachInviteSchema, 403: ZProblemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await createInvite(app.db, request.user.id)),
  );
};

export default coachInviteRoutes;
