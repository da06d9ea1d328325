/**
 * Everything about one client, under `/coach/clients/:clientId`. One guard for
 * the whole subtree: without an ACTIVE link the answer is 404, before anything
 * is validated or read. Every successful read is recorded in the client's
 * access log before its response is sent: if the entry cannot be written, the
 * request fails and the data is not sent.
 */
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { logReads } from "../../../../services/access-log/insert-access-log.ts";
import { assertActiveLink } from "../../../../services/coaching/assert-active-link.ts";
import { RECORD_RESOURCES } from "../records/resources.ts";
import assignmentRoutes from "./assignments.ts";
import clientEntryRoutes from "./client-entry.ts";
import clientViewRoutes from "./client-views.ts";
import { readOnlyRoutes } from "./read-only-routes.ts";
import clientReviewRoutes from "./reviews.ts";
import suggestionRoutes from "./suggestions.ts";

const clientIdOf = (params: unknown) => (params as { clientId: string }).clientId;

/**
 * `/api/v1/coach/clients/<id>/events/<eventId>?x=1` → `events/<eventId>`; the
 * client's own entry (`/api/v1/coach/clients/<id>`) is what the roster shows → `roster`.
 */
export const resourceOf = (url: string, clientId: string) => url.split("?")[0]!.split(`/clients/${clientId}/`)[1] || "roster";

const clientRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("onRequest", async (request) => {
    await assertActiveLink(app.db, request.user.id, clientIdOf(request.params));
  });
  // onSend runs after the handler and before anything is written to the socket; an error here goes to the
  // error handler instead of the payload.
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.method !== "GET" || reply.statusCode !== 200) return payload;
    const clientId = clientIdOf(request.params);
    await logReads(app.db, request.user.id, [clientId], resourceOf(request.url, clientId));
    return payload;
  });

  for (const resource of RECORD_RESOURCES) await app.register(readOnlyRoutes(resource), { prefix: `/${resource.tag}` });
  await app.register(clientEntryRoutes);
  await app.register(clientViewRoutes);
  await app.register(assignmentRoutes, { prefix: "/tasks" });
  await app.register(suggestionRoutes, { prefix: "/target-suggestions" });
  await app.register(clientReviewRoutes, { prefix: "/reviews" });
};

export default clientRoutes;
