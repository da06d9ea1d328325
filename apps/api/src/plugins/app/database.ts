/** Decorates the app with the Prisma client and closes its pool on shutdown. */
import { createDatabase, type Database } from "@traction/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

declare module "fastify" {
  interface FastifyInstance {
    db: Database;
  }
}

export default fp(
  async function databasePlugin(app: FastifyInstance) {
    const db = createDatabase({
      connectionString: app.config.DATABASE_URL,
      maxConnections: app.config.DATABASE_POOL_SIZE,
      onPoolError: (error) => app.log.warn({ err: error }, "idle database connection failed"),
    });
    app.decorate("db", db);
    app.addHook("onClose", async () => {
      await db.$disconnect();
    });
  },
  { name: "database", dependencies: ["config"] },
);
