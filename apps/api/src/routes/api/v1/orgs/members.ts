/** Members and emailed invitations (admins only). */
import {
  ZCreateOrgInviteSchema,
  ZOrgInviteParamsSchema,
  ZOrgInviteSchema,
  ZOrgMemberListSchema,
  ZOrgMemberParamsSchema,
  ZOrgParamsSchema,
  ZPaginationQuerySchema,
  ZProblemSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { getInvite, inviteMember } from "../../../../services/orgs/invite-member.ts";
import { listMembers } from "../../../../services/orgs/list-members.ts";
import { removeMember } from "../../../../services/orgs/remove-member.ts";
import { createIdempotently } from "../idempotent-create.ts";
import { adminOnly } from "./guards.ts";

const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema } as const;
/** Invitations to one address (from any organisation) and from one organisation, per day. */
export const INVITES_PER_ADDRESS_PER_DAY = 5;
export const INVITES_PER_ORG_PER_DAY = 100;

const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const perAddress = app.rateLimits.define({
    name: "org-invite-address",
    quota: INVITES_PER_ADDRESS_PER_DAY,
    windowSeconds: 86_400,
    what: "invitations to this address",
  });
  const perOrg = app.rateLimits.define({
    name: "org-invite-org",
    quota: INVITES_PER_ORG_PER_DAY,
    windowSeconds: 86_400,
    what: "invitations from this organisation",
  });

  app.post(
    "/invites",
    {
      preHandler: [
        adminOnly,
        async (request, reply) => {
          await perOrg.consume(reply, request.params.orgId);
          await perAddress.consume(reply, request.body.email);
        },
      ],
      schema: {
        tags: ["organisations"],
        summary: "Invite a coach or an admin by email (admins)",
        description:
          "Sends an email with a link to the dashboard's join page. The link's token works once, for 7 days, for a " +
          "coach account signed in with that address (`POST /org-invites/accept`); only its hash is stored. Limited to " +
          `${INVITES_PER_ADDRESS_PER_DAY} invitations per address and ${INVITES_PER_ORG_PER_DAY} per organisation a day (429).`,
        params: ZOrgParamsSchema,
        body: ZCreateOrgInviteSchema,
        response: { 201: ZOrgInviteSchema, 409: ZProblemSchema, 429: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const publicUrl = app.mail.publicUrl(request);
      const invite = await createIdempotently(request, reply, ZOrgInviteSchema, (tx) =>
        inviteMember(tx, { orgId: request.params.orgId, inviterId: request.user.id, ...request.body, publicUrl }),
      );
      app.mail.kick();
      return reply.code(201).header("Location", `/api/v1/orgs/${request.params.orgId}/invites/${invite.id}`).send(invite);
    },
  );

  app.get(
    "/invites/:inviteId",
    {
      preHandler: adminOnly,
      schema: {
        tags: ["organisations"],
        summary: "One invitation the organisation sent, and whether it was accepted (admins)",
        params: ZOrgInviteParamsSchema,
        response: { 200: ZOrgInviteSchema, ...ERRORS },
      },
    },
    async (request) => getInvite(app.db, request.params.orgId, request.params.inviteId),
  );

  app.get(
    "/members",
    {
      preHandler: adminOnly,
      schema: {
        tags: ["organisations"],
        summary: "The organisation's members with their caseloads (admins)",
        description: "`caseload`: the active coach links the organisation made for the member by assignment.",
        params: ZOrgParamsSchema,
        querystring: ZPaginationQuerySchema,
        response: { 200: ZOrgMemberListSchema, ...ERRORS },
      },
    },
    async (request) => listMembers(app.db, request.params.orgId, request.query),
  );

  app.delete(
    "/members/:userId",
    {
      preHandler: adminOnly,
      schema: {
        tags: ["organisations"],
        summary: "Remove a member (admins)",
        description:
          "The coach links the organisation made for that member end at once (`ENDED`); links their clients made " +
          "themselves stay. The last admin cannot be removed (409).",
        params: ZOrgMemberParamsSchema,
        response: { 204: z.null(), 409: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      await removeMember(app.db, request.params.orgId, request.params.userId);
      return reply.code(204).send(null);
    },
  );
};

export default memberRoutes;
