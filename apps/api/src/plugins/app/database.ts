/**
 * Decorates the app with the Prisma client (`app.db`, the primary), the read
 * replica's when DATABASE_REPLICA_URL is set, and `app.reads`, which picks
 * between them (lib/read-router.ts). Closes the pools on shutdown.
 */
import { createDatabase, type Database } from "@traction/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { ReadRouter } from "../../lib/read-router.ts";

declare module "fastify" {
  interface FastifyInstance {
    db: Database;
    reads: ReadRouter;
  }
}

export default fp(
  async function databasePlugin(app: FastifyInstance) {
    const open = (connectionString: string, name: string) =>
      createDatabase({
        connectionString,
        maxConnections: app.config.DATABASE_POOL_SIZE,
        onPoolError: (error) => app.log.warn({ err: error, database: name }, "database connection failed"),
      });
    const db = open(app.config.DATABASE_URL, "primary");
    const replica = app.config.DATABASE_REPLICA_URL ? open(app.config.DATABASE_REPLICA_URL, "replica") : undefined;
    app.decorate("db", db);
    app.decorate("reads", new ReadRouter(db, replica, app.log));
    app.addHook("onClose", async () => {
      await Promise.all([db.$disconnect(), replica?.$disconnect()]);
    });
  },
  { name: "database", dependencies: ["config"] },
);
