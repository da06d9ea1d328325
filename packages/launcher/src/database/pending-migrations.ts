/**
 * Whether `prisma migrate deploy` has anything to do: a folder in
 * prisma/migrations that the database has not recorded as applied. The CLI
 * takes seconds to start, so an up-to-date database skips it; anything unusual
 * (a failed or rolled-back migration) counts as pending and is left to Prisma.
 */
import { readdir } from "node:fs/promises";
import { repoPath } from "../lib/paths.ts";
import { withClient } from "../lib/with-client.ts";

export async function hasPendingMigrations(url: string): Promise<boolean> {
  const folders = await readdir(repoPath("prisma/migrations"), { withFileTypes: true });
  const migrations = folders.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const applied = await appliedMigrations(url);
  return migrations.some((name) => !applied.has(name));
}

function appliedMigrations(url: string): Promise<Set<string>> {
  return withClient(url, async (client) => {
    const { rows: table } = await client.query<{ present: boolean }>(
      "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present",
    );
    if (!table[0]?.present) return new Set<string>();
    const { rows } = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    return new Set(rows.map((row) => row.migration_name));
  });
}
