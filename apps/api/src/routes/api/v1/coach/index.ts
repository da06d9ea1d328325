/**
 * `/coach/*`: coach accounts only (a jobseeker gets 403 on every route, before
 * anything else is looked at). Links, invitations by email, the roster, and
 * one client's subtree.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import clientRoutes from "./client.ts";
import inviteRoutes from "./invites.ts";
import linkRoutes from "./links.ts";
import rosterRoutes from "./roster.ts";

const coachRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onRequest", app.requireRole("COACH"));
  await app.register(linkRoutes, { prefix: "/links" });
  await app.register(inviteRoutes, { prefix: "/invites" });
  await app.register(rosterRoutes, { prefix: "/clients" });
  await app.register(clientRoutes, { prefix: "/clients/:clientId" });
};

export default coachRoutes;
