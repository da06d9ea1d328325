/**
 * Everything about one client, under `/coach/clients/:clientId`. One guard for
 * the whole subtree: without an ACTIVE link the answer is 404, before anything
 * is validated or read. Every successful read is recorded in the client's
 * access log (in the background; the response does not wait for it).
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { assertActiveLink } from "../../../../services/coaching/assert-active-link.ts";
import { RECORD_RESOURCES } from "../records/resources.ts";
import assignmentRoutes from "./assignments.ts";
import clientViewRoutes from "./client-views.ts";
import { readOnlyRoutes } from "./read-only-routes.ts";
import clientReviewRoutes from "./reviews.ts";
import suggestionRoutes from "./suggestions.ts";

const clientIdOf = (params: unknown) => (params as { clientId: string }).clientId;

/** `/api/v1/coach/clients/<id>/events/<eventId>?x=1` → `events/<eventId>`. */
export const resourceOf = (url: string, clientId: string) => url.split("?")[0]!.split(`/clients/${clientId}/`)[1] ?? "";

const clientRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onRequest", async (request) => {
    await assertActiveLink(app.db, request.user.id, clientIdOf(request.params));
  });
  app.addHook("onResponse", async (request, reply) => {
    if (request.method !== "GET" || reply.statusCode !== 200) return;
    const clientId = clientIdOf(request.params);
    app.accessLog.record({ coachId: request.user.id, clientId, resource: resourceOf(request.url, clientId) });
  });

  for (const resource of RECORD_RESOURCES) await app.register(readOnlyRoutes(resource), { prefix: `/${resource.tag}` });
  await app.register(clientViewRoutes);
  await app.register(assignmentRoutes, { prefix: "/tasks" });
  await app.register(suggestionRoutes, { prefix: "/target-suggestions" });
  await app.register(clientReviewRoutes, { prefix: "/reviews" });
};

export default clientRoutes;
