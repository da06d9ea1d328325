/**
 * `app.clientScores`: the roster's per-client scores, cached (see ScoreCache).
 * Any successful write made for a client — by the client, or by a coach under
 * `/coach/clients/:clientId` — drops that client's entry before the response
 * leaves, so the next roster shows it.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { ScoreCache } from "../../services/coaching/score-cache.ts";

declare module "fastify" {
  interface FastifyInstance {
    clientScores: ScoreCache;
  }
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

function clientWrittenFor(request: FastifyRequest): string | undefined {
  const user = request.user as FastifyRequest["user"] | undefined;
  if (!user || READS.has(request.method)) return undefined;
  return user.role === "JOBSEEKER" ? user.id : (request.params as { clientId?: string } | undefined)?.clientId;
}

export default fp(
  async function clientScoresPlugin(app: FastifyInstance) {
    const cache = new ScoreCache();
    app.decorate("clientScores", cache);
    app.addHook("onSend", async (request, reply) => {
      const clientId = reply.statusCode < 400 ? clientWrittenFor(request) : undefined;
      if (clientId) cache.invalidate(clientId);
    });
  },
  { name: "client-scores" },
);
