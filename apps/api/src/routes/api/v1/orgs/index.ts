/**
 * `/orgs/*`: organisations, for coach accounts only (a jobseeker gets 403 on
 * every route). Everything under `/orgs/:orgId` is a 404 to anyone who is not
 * a member, and the admin's routes are a 403 to a member who is not an admin
 * (`services/orgs/org-access.ts`).
 */
import {
  ZCreateOrgSchema,
  ZOrgDetailSchema,
  ZOrgListSchema,
  ZOrgParamsSchema,
  ZOrgSchema,
  ZPaginationQuerySchema,
  ZProblemSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { createOrg } from "../../../../services/orgs/create-org.ts";
import { getOrg, listOrgs } from "../../../../services/orgs/list-orgs.ts";
import { createIdempotently } from "../idempotent-create.ts";
import orgClientRoutes from "./clients.ts";
import cohortRoutes from "./cohorts.ts";
import memberRoutes from "./members.ts";

const ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema } as const;

const orgRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onRequest", app.requireRole("COACH"));

  app.post(
    "",
    {
      schema: {
        tags: ["organisations"],
        summary: "Create an organisation (you become its admin)",
        body: ZCreateOrgSchema,
        response: { 201: ZOrgSchema, 409: ZProblemSchema, ...ERRORS },
      },
    },
    async (request, reply) => {
      const org = await createIdempotently(request, reply, ZOrgSchema, (tx) => createOrg(tx, request.user.id, request.body.name));
      return reply.code(201).header("Location", `/api/v1/orgs/${org.id}`).send(org);
    },
  );

  app.get(
    "",
    {
      schema: {
        tags: ["organisations"],
        summary: "My organisations, newest first",
        querystring: ZPaginationQuerySchema,
        response: { 200: ZOrgListSchema, ...ERRORS },
      },
    },
    async (request) => listOrgs(app.db, request.user.id, request.query),
  );

  app.get(
    "/:orgId",
    {
      schema: {
        tags: ["organisations"],
        summary: "One of my organisations, with my role in it and its cohorts",
        description:
          "404 unless you are a member. Every member sees the cohorts (without join codes), to open their benchmarks and health.",
        params: ZOrgParamsSchema,
        response: { 200: ZOrgDetailSchema, 404: ZProblemSchema, ...ERRORS },
      },
    },
    async (request) => getOrg(app.db, request.params.orgId, request.user.id),
  );

  await app.register(memberRoutes, { prefix: "/:orgId" });
  await app.register(cohortRoutes, { prefix: "/:orgId/cohorts" });
  await app.register(orgClientRoutes, { prefix: "/:orgId/clients" });
};

export default orgRoutes;
