/**
 * `app.accessLog`: coach reads of client data, batched in memory and written
 * in the background (see AccessLogBuffer). Flushed on close, before the
 * database pool is closed, so a clean shutdown loses nothing.
 */
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { AccessLogBuffer } from "../../services/access-log/access-log-buffer.ts";

declare module "fastify" {
  interface FastifyInstance {
    accessLog: AccessLogBuffer;
  }
}

export default fp(
  async function accessLogPlugin(app: FastifyInstance) {
    const buffer = new AccessLogBuffer(app.db, app.log);
    app.decorate("accessLog", buffer);
    // onClose hooks run in reverse order of registration: this one before the database plugin's.
    app.addHook("onClose", async () => {
      await buffer.flush();
    });
  },
  { name: "access-log", dependencies: ["database"] },
);
