/** The background import runner as `app.imports`: started when the app is ready, stopped (between batches) on close. */
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { ImportRunner } from "../../services/imports/import-runner.ts";

declare module "fastify" {
  interface FastifyInstance {
    imports: ImportRunner;
  }
}

export default fp(
  async function importsPlugin(app: FastifyInstance) {
    const runner = new ImportRunner(app.db, app.log.child({ component: "imports" }), {
      batchSize: app.config.IMPORT_BATCH_SIZE,
      sweepEveryMs: 30_000,
      abandonedUploadMs: 15 * 60_000,
      retryDelayMs: 1_000,
      maxAttempts: 5,
    });
    app.decorate("imports", runner);
    app.addHook("onReady", async () => runner.start());
    app.addHook("onClose", async () => runner.close());
  },
  { name: "imports", dependencies: ["config", "database"] },
);
