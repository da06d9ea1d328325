/**
 * A fresh PostgreSQL database per e2e run on the server from TEST_DATABASE_URL.
 * Names carry the start time, so a later run drops what a crashed one left.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

const PREFIX = "traction_e2e_";
const STALE_AFTER_SECONDS = 3 * 3600;

function serverUrl(): string {
  return process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** `traction_e2e_<unix seconds>_<random>`. */
export function newDatabaseName(): string {
  return `${PREFIX}${Math.floor(Date.now() / 1000)}_${randomBytes(3).toString("hex")}`;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function createDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`CREATE DATABASE ${quote(name)}`));
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

/** Drops e2e databases older than a few hours: leftovers of runs that were killed. */
export async function dropStaleDatabases(): Promise<string[]> {
  return withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${PREFIX}%`,
    ]);
    const now = Date.now() / 1000;
    const stale = rows
      .map(({ datname }) => datname)
      .filter((name) => !(now - Number(name.slice(PREFIX.length).split("_")[0]) < STALE_AFTER_SECONDS));
    for (const name of stale) await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
    return stale;
  });
}
