/** A fresh database for one benchmark: created, migrated with the repository's migrations, dropped afterwards. */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { createDatabase, databaseUrl, dropDatabase, newRunId } from "../test/helpers/databases.ts";

const repoRoot = path.resolve(import.meta.dirname, "../../..");

export async function withBenchDatabase<T>(suffix: string, use: (url: string) => Promise<T>): Promise<T> {
  const database = `${newRunId()}_${suffix}`;
  await createDatabase(database);
  try {
    const url = databaseUrl(database);
    await promisify(execFile)(path.join(repoRoot, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url },
    });
    return await use(url);
  } finally {
    await dropDatabase(database);
  }
}
