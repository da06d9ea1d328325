/**
 * Test databases on a real PostgreSQL: the server comes from TEST_DATABASE_URL
 * (default: the local one), a template is migrated once per run, and every
 * test file gets its own `CREATE DATABASE ... TEMPLATE` clone.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const repoRoot = path.resolve(import.meta.dirname, "../../../..");

export const TEST_DB_PREFIX = "traction_test_";
const STALE_AFTER_SECONDS = 3 * 3600;

export function serverUrl(): string {
  return process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export function databaseUrl(database: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/** `traction_test_<unix seconds>_<random>`: the time lets a later run drop a crashed run's leftovers. */
export function newRunId(): string {
  return `${TEST_DB_PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString("hex")}`;
}

export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function createDatabase(name: string, template?: string): Promise<void> {
  await withAdmin((client) => client.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ""}`));
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

/** Drops this run's databases, and any other run's older than a few hours. */
export async function dropDatabases(runId: string): Promise<void> {
  await withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${TEST_DB_PREFIX}%`,
    ]);
    const now = Date.now() / 1000;
    for (const { datname } of rows) {
      const started = Number(datname.slice(TEST_DB_PREFIX.length).split("_")[0]);
      if (datname.startsWith(runId) || !(now - started < STALE_AFTER_SECONDS)) {
        await client.query(`DROP DATABASE IF EXISTS ${quote(datname)} WITH (FORCE)`);
      }
    }
  });
}

/** Applies the repository's migrations to the database at `url` (`prisma migrate deploy`). */
export async function migrate(url: string): Promise<void> {
  await promisify(execFile)(path.join(repoRoot, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
  });
}
