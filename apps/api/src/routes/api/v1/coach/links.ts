/** A coach redeems a client's invite code (→ a link) and may end a link. */
import { ZCoachLinkSchema, ZLinkIdParamsSchema, ZProblemSchema, ZRedeemInviteSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { endLink } from "../../../../services/coaching/end-link.ts";
import { redeemInvite } from "../../../../services/coaching/redeem-invite.ts";
import { createIdempotently, sendCreated, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";

const linkRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    "",
    {
      schema: {
        tags: ["coach"],
        summary: "Redeem a client's invite code",
        description:
          "Links the coach to the jobseeker who created the code. A code works once and for 7 days; a wrong, " +
          "used or expired code is the same 404. Already linked to that client: 409 (the code stays unused).",
        headers: ZIdempotencyHeadersSchema,
        body: ZRedeemInviteSchema,
        response: { 201: ZCoachLinkSchema, 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema, 409: ZProblemSchema },
      },
    },
    async (request, reply) => {
      const link = await createIdempotently(request, reply, ZCoachLinkSchema, (tx) =>
        redeemInvite(tx, request.user.id, request.body.code),
      );
      return sendCreated(reply, `/api/v1/coach/clients/${link.client.id}`, link);
    },
  );

  app.delete(
    "/:linkId",
    {
      schema: {
        tags: ["coach"],
        summary: "End a link with a client",
        description: "Access ends at once. The link stays in the client's list with status `ENDED`.",
        params: ZLinkIdParamsSchema,
        response: { 204: z.null(), 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema },
      },
    },
    async (request, reply) => {
      await endLink(app.db, request.params.linkId, { coachId: request.user.id });
      return reply.code(204).send(null);
    },
  );
};

export default linkRoutes;
