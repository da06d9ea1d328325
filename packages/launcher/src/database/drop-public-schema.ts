/** Empties a database: everything in its `public` schema goes, including Prisma's migration history. */
import { withClient } from "../lib/with-client.ts";

export async function dropPublicSchema(url: string): Promise<void> {
  // Recreate the schema as PostgreSQL 15+ creates it: owned by the database owner, usable by everyone.
  await withClient(url, (client) =>
    client.query(`
      BEGIN;
      DROP SCHEMA IF EXISTS public CASCADE;
      CREATE SCHEMA public;
      ALTER SCHEMA public OWNER TO pg_database_owner;
      GRANT USAGE ON SCHEMA public TO PUBLIC;
      COMMIT;
    `),
  );
}
