/** A fresh database for one benchmark: created, migrated with the repository's migrations, dropped afterwards. */
import pg from "pg";
import { createDatabase, databaseUrl, dropDatabase, migrate, newRunId } from "../test/helpers/databases.ts";

export async function withBenchDatabase<T>(suffix: string, use: (url: string) => Promise<T>): Promise<T> {
  const database = `${newRunId()}_${suffix}`;
  await createDatabase(database);
  try {
    const url = databaseUrl(database);
    await migrate(url);
    return await use(url);
  } finally {
    await dropDatabase(database);
  }
}

/**
 * The database as a running API and autovacuum leave it, not as a bulk load does: the change logs folded
 * (the API folds them every minute) and the tables vacuumed and analysed (visibility maps set, so index-only
 * scans read no table pages; statistics for the planner). Measured right after the load, the first minute's
 * statements would read the unfolded changes and every table page behind each index entry.
 */
export async function settle(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT traction_fold_data_changes(), traction_fold_conversation_days()");
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}
