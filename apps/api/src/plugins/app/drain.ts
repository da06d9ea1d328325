/**
 * Draining before shutdown. `app.drain()` (server.ts calls it on SIGTERM):
 *
 * 1. From that moment every new request — `/ready` included — is answered 503
 *    with `Retry-After` and `Connection: close`: a client on an open keep-alive
 *    connection gets an answer it can act on (the request was not processed)
 *    instead of a reset that leaves it guessing whether its POST was written.
 * 2. Requests already received run to the end; their answers carry
 *    `Connection: close`.
 * 3. A connection is closed by the server only once it has nothing in flight
 *    and has been quiet for a moment; drain ends when none is left, or at its
 *    deadline. Then `app.close()` stops listening, waits for anything still in
 *    flight and closes the pool.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { PROBLEM_CONTENT_TYPE, problem } from "../../lib/problem.ts";

declare module "fastify" {
  interface FastifyInstance {
    /** Starts draining (see the module comment); resolves when no connection is left or at `deadlineMs`. */
    drain: (deadlineMs: number) => Promise<void>;
    /** True once draining has started. */
    readonly draining: boolean;
  }
}

const RETRY_AFTER_SECONDS = 5;
/** A connection idle this long after draining started (and since its last answer) is closed. */
export const QUIET_MS = 1_000;
const TICK_MS = 50;

interface Connection {
  inFlight: number;
  lastActive: number;
}

export default fp(
  async function drainPlugin(app: FastifyInstance) {
    let draining = false;
    const connections = new Map<Socket, Connection>();

    app.decorate("draining", {
      getter: () => draining,
    });

    app.server.on("connection", (socket: Socket) => {
      connections.set(socket, { inFlight: 0, lastActive: Date.now() });
      socket.once("close", () => connections.delete(socket));
    });
    app.server.on("request", (request: IncomingMessage, response: ServerResponse) => {
      const connection = connections.get(request.socket);
      if (!connection) return;
      connection.inFlight += 1;
      response.once("close", () => {
        connection.inFlight -= 1;
        connection.lastActive = Date.now();
      });
    });

    app.addHook("onRequest", async (request, reply) => {
      if (!draining) return;
      reply.header("Retry-After", String(RETRY_AFTER_SECONDS)).header("Connection", "close");
      return reply
        .code(503)
        .type(PROBLEM_CONTENT_TYPE)
        .send(problem(503, "SERVICE_UNAVAILABLE", "This server is shutting down; try again in a few seconds"));
    });

    app.addHook("onSend", (_request, reply, payload, done) => {
      if (draining) reply.header("Connection", "close");
      done(null, payload);
    });

    app.decorate("drain", async (deadlineMs: number) => {
      const started = Date.now();
      draining = true;
      for (const connection of connections.values()) connection.lastActive = Math.max(connection.lastActive, started);
      while (connections.size > 0 && Date.now() - started < deadlineMs) {
        const now = Date.now();
        for (const [socket, connection] of connections) {
          if (connection.inFlight === 0 && now - connection.lastActive >= QUIET_MS) {
            socket.end();
            connections.delete(socket);
          }
        }
        await new Promise((resolve) => setTimeout(resolve, TICK_MS));
      }
    });
  },
  { name: "drain" },
);
