/**
 * `pnpm bench`: builds a fresh database with realistic and heavy histories,
 * starts the real API against it and measures it with autocannon. Figures are
 * reported as latencies and as throughput relative to a baseline route
 * (GET /api/v1/me: authentication plus one query) measured in the same run.
 *
 *   pnpm bench             full run (~2–3 minutes)
 *   pnpm bench --quick     shorter scenarios, for a smoke test
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { createDatabase, databaseUrl, dropDatabase, newRunId } from "../test/helpers/databases.ts";
import { HALF_YEAR, HEAVY, ORDINARY, createUsers, fillHistory, linkClients, scaled, type HistorySize } from "./generate.ts";
import { measure, table, type Result } from "./measure.ts";
import { timeImport } from "./import.ts";
import { login, startServer, userId } from "./server.ts";

const quick = process.argv.includes("--quick");
const seconds = quick ? 3 : 10;
const repoRoot = path.resolve(import.meta.dirname, "../../..");
const PASSWORD = "bench password 2026";

async function seed(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT setseed(0.42)");
    const passwordHash = await hash(PASSWORD);
    const started = performance.now();
    const [heavy] = await createUsers(client, 1, "heavy", passwordHash);
    const [light] = await createUsers(client, 1, "light", passwordHash);
    // Bulk loading outruns autovacuum: analyze as the tables grow, or the planner keeps
    // planning for empty tables (and the contact-date triggers with it).
    const fillAll = async (ids: string[], size: HistorySize) => {
      for (const [index, id] of ids.entries()) {
        await fillHistory(client, id, size);
        if (index % 50 === 0) await client.query("ANALYZE");
      }
    };
    await fillAll([heavy!], HEAVY);
    await fillAll([light!], scaled(HEAVY, 0.1));
    await fillAll(await createUsers(client, quick ? 100 : 1_000, "user", passwordHash), ORDINARY);
    // A coach with 200 clients, each with half a year of records.
    const [coach] = await createUsers(client, 1, "coach", passwordHash, "COACH");
    const clients = await createUsers(client, 200, "client", passwordHash);
    await fillAll(clients, HALF_YEAR);
    await linkClients(client, coach!, clients);
    await client.query("ANALYZE");
    const { rows } = await client.query<{ table: string; rows: string }>(
      `SELECT relname AS table, n_live_tup AS rows FROM pg_stat_user_tables ORDER BY n_live_tup DESC LIMIT 8`,
    );
    console.log(
      `generated in ${((performance.now() - started) / 1000).toFixed(1)} s:`,
      rows.map((r) => `${r.table} ${r.rows}`).join(", "),
    );
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const database = `${newRunId()}_bench`;
  await createDatabase(database);
  const url = databaseUrl(database);
  try {
    await promisify(execFile)(path.join(repoRoot, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url },
    });
    await seed(url);
    const server = await startServer(url, 4900 + Math.floor(Math.random() * 90));
    try {
      const heavy = await login(server.url, "heavy1@bench.traction.test", PASSWORD);
      const light = await login(server.url, "light1@bench.traction.test", PASSWORD);
      const coach = await login(server.url, "coach1@bench.traction.test", PASSWORD);
      const client1 = await login(server.url, "client1@bench.traction.test", PASSWORD);
      const client1Id = await userId(server.url, client1);
      const year = `from=${new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10)}`;
      const results: Result[] = [];
      const run = async (name: string, pathAndQuery: string, token: string, connections: number) => {
        const result = await measure(server.url, { name, path: pathAndQuery, token, connections, durationSeconds: seconds });
        console.log(JSON.stringify(result));
        results.push(result);
        return result;
      };
      // Warm up the pool and the plans.
      await measure(server.url, { name: "warm-up", path: "/api/v1/insights", token: heavy, connections: 4, durationSeconds: 2 });
      const baseline = await run("baseline GET /api/v1/me", "/api/v1/me", heavy, 20);
      for (const connections of [1, 20]) {
        await run("insights heavy, 28 days", "/api/v1/insights", heavy, connections);
        await run("insights heavy, whole year", `/api/v1/insights?${year}`, heavy, connections);
        await run("insights 10× lighter, 28 days", "/api/v1/insights", light, connections);
        await run("insights 10× lighter, whole year", `/api/v1/insights?${year}`, light, connections);
      }
      await run("coach roster, 200 clients", "/api/v1/coach/clients", coach, 10);
      const own = await run("client's insights, own route", "/api/v1/insights", client1, 1);
      const viaCoach = await run("client's insights, coach route", `/api/v1/coach/clients/${client1Id}/insights`, coach, 1);
      // A new jobseeker imports 10,000 LinkedIn connections.
      const importer = await login(server.url, "user1@bench.traction.test", PASSWORD);
      const imported = await timeImport(server.url, importer);
      console.log(JSON.stringify({ import: imported }));
      const byName = (name: string, connections: number) =>
        results.find((r) => r.name === name && r.connections === connections)!;
      const growth = (period: string) =>
        (byName(`insights heavy, ${period}`, 1).p50 / byName(`insights 10× lighter, ${period}`, 1).p50).toFixed(2);
      const report = [
        table(results, baseline),
        "",
        `10× more history costs ${growth("28 days")}× the time for 28 days and ${growth("whole year")}× for the whole year (p50 at 1 connection).`,
        `LinkedIn import: ${imported.rows} connections in ${imported.seconds} s (${imported.rowsPerSecond} rows/s; ${imported.created} created, ${imported.rejected} rejected).`,
        `A client's insights through the coach route take ${(viaCoach.p50 / own.p50).toFixed(2)}× the time of the client's own route (p50 at 1 connection).`,
      ].join("\n");
      console.log(`\n${report}\n`);
      await mkdir(path.join(repoRoot, "bench-results"), { recursive: true });
      await writeFile(
        path.join(repoRoot, "bench-results/insights.json"),
        JSON.stringify({ at: new Date(), quick, results }, null, 2),
      );
      await writeFile(path.join(repoRoot, "bench-results/insights.md"), `${report}\n`);
    } finally {
      await server.stop();
    }
  } finally {
    await dropDatabase(database);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
