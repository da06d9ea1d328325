/** A fresh database for one benchmark: created, migrated with the repository's migrations, dropped afterwards. */
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
