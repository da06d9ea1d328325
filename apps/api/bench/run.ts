/**
 * `pnpm bench`: builds a fresh database with realistic and heavy histories,
 * starts the real API against it and measures it with autocannon. Figures are
 * reported as latencies and as throughput relative to a baseline route
 * (GET /api/v1/me: authentication plus one query) measured in the same run.
 * Insights are measured twice: computed on every request (cache off) and as
 * deployed (cached under each owner's data version), also while the owner
 * writes, so that every write makes the next read recompute.
 *
 *   pnpm bench             full run (~7 minutes on 2 cores)
 *   pnpm bench --quick     shorter scenarios, for a smoke test
 *   pnpm bench --only=roster   only the roster of 2,000 clients (bench/roster.ts)
 *   pnpm bench --only=export   only the account export's memory (bench/export.ts)
 *   pnpm bench --only=read-path   bare / raw pg / API for the contact list and one contact, and a CPU profile
 *   pnpm bench --only=orgs   only an organisation of 5,000 clients in 10 cohorts (bench/orgs.ts)
 *   pnpm bench --only=digest   only Monday's digest for 10,000 users (bench/digest.ts)
 *   pnpm bench --only=insights   only the heavy user's insights, computed and cached (bench/insights.ts)
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { createDatabase, databaseUrl, dropDatabase, newRunId } from "../test/helpers/databases.ts";
import { settle } from "./database.ts";
import { seedInsightsPeople } from "./generate.ts";
import { measure, table, type Result } from "./measure.ts";
import { timeImport } from "./import.ts";
import { firstId, keepWriting, login, startServer, userId } from "./server.ts";
import { exportBench } from "./export.ts";
import { orgsBench } from "./orgs.ts";
import { readPathBench } from "./read-path.ts";
import { digestBench } from "./digest.ts";
import { insightsBench } from "./insights.ts";
import { rosterBench } from "./roster.ts";

const quick = process.argv.includes("--quick");
const seconds = quick ? 3 : 10;
const repoRoot = path.resolve(import.meta.dirname, "../../..");
const PASSWORD = "bench password 2026";
const today = () => new Date().toISOString().slice(0, 10);

async function main(): Promise<void> {
  const database = `${newRunId()}_bench`;
  await createDatabase(database);
  const url = databaseUrl(database);
  try {
    await promisify(execFile)(path.join(repoRoot, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url },
    });
    await seedInsightsPeople(url, PASSWORD, { ordinary: quick ? 100 : 1_000, coachClients: 200 });
    await settle(url);
    // The same database behind two API processes: one computes insights on every request
    // (INSIGHTS_CACHE_ENTRIES=0), one serves them as deployed, cached under each owner's data version.
    const port = 4900 + Math.floor(Math.random() * 90);
    const computed = await startServer(url, port, { INSIGHTS_CACHE_ENTRIES: "0" });
    const cached = await startServer(url, port + 1);
    try {
      const heavy = await login(cached.url, "heavy1@bench.traction.test", PASSWORD);
      const light = await login(cached.url, "light1@bench.traction.test", PASSWORD);
      const coach = await login(cached.url, "coach1@bench.traction.test", PASSWORD);
      const client1 = await login(cached.url, "client1@bench.traction.test", PASSWORD);
      const client1Id = await userId(cached.url, client1);
      const year = `from=${new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10)}`;
      const servers = { computed, cached } as const;
      type Mode = keyof typeof servers;
      const results: Result[] = [];
      const run = async (mode: Mode, name: string, pathAndQuery: string, token: string, connections: number) => {
        const result = await measure(servers[mode].url, {
          name: `${name} [${mode}]`,
          path: pathAndQuery,
          token,
          connections,
          durationSeconds: seconds,
        });
        console.log(JSON.stringify(result));
        results.push(result);
        return result;
      };
      /** Runs a scenario while `token`'s owner logs a conversation every second through the API. */
      const whileWriting = async (writer: string, scenario: () => Promise<Result>) => {
        const contactId = await firstId(cached.url, writer, "/api/v1/contacts");
        const writes = keepWriting(cached.url, writer, "/api/v1/conversations", { date: today(), contactIds: [contactId] }, 1000);
        const result = await scenario();
        const { writes: done, failures } = writes.stop();
        result.name += ` (${done} writes${failures ? `, ${failures} failed` : ""})`;
        return result;
      };
      // Warm up the pools and the plans.
      for (const server of [computed, cached]) {
        await measure(server.url, {
          name: "warm-up",
          path: "/api/v1/insights",
          token: heavy,
          connections: 4,
          durationSeconds: 2,
        });
      }
      const baseline = await run("cached", "baseline GET /api/v1/me", "/api/v1/me", heavy, 20);
      for (const mode of ["computed", "cached"] as const) {
        for (const connections of [1, 20]) {
          await run(mode, "insights heavy, 28 days", "/api/v1/insights", heavy, connections);
          await run(mode, "insights heavy, whole year", `/api/v1/insights?${year}`, heavy, connections);
          await run(mode, "insights 10× lighter, 28 days", "/api/v1/insights", light, connections);
          await run(mode, "insights 10× lighter, whole year", `/api/v1/insights?${year}`, light, connections);
        }
      }
      await whileWriting(heavy, () => run("cached", "insights heavy, 28 days, while they write", "/api/v1/insights", heavy, 20));
      await whileWriting(heavy, () =>
        run("cached", "insights heavy, whole year, while they write", `/api/v1/insights?${year}`, heavy, 20),
      );
      // The first roster after a start computes every client (measured on an idle machine, before the
      // computed roster's backlog); later ones recompute only the clients whose data changed.
      const coldStarted = performance.now();
      await fetch(`${cached.url}/api/v1/coach/clients`, { headers: { authorization: `Bearer ${coach}` } });
      const coldRosterMs = Math.round(performance.now() - coldStarted);
      console.log(JSON.stringify({ coldRosterMs }));
      await run("cached", "coach roster, 200 clients", "/api/v1/coach/clients", coach, 10);
      await run("computed", "coach roster, 200 clients", "/api/v1/coach/clients", coach, 10);
      // Let the computed server finish what autocannon left queued before anything else is measured.
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      await whileWriting(client1, () =>
        run("cached", "coach roster, 200 clients, while one writes", "/api/v1/coach/clients", coach, 10),
      );
      const viaCoach = `/api/v1/coach/clients/${client1Id}/insights`;
      // Both routes warmed alike before either is measured.
      for (const server of [computed, cached]) {
        for (const [route, token] of [
          ["/api/v1/insights", client1],
          [viaCoach, coach],
        ] as const) {
          await measure(server.url, { name: "warm-up", path: route, token, connections: 1, durationSeconds: 2 });
        }
      }
      const own = {
        computed: await run("computed", "client's insights, own route", "/api/v1/insights", client1, 1),
        cached: await run("cached", "client's insights, own route", "/api/v1/insights", client1, 1),
      };
      const coachRoute = {
        computed: await run("computed", "client's insights, coach route", viaCoach, coach, 1),
        cached: await run("cached", "client's insights, coach route", viaCoach, coach, 1),
      };
      // A new jobseeker imports 10,000 LinkedIn connections.
      const importer = await login(cached.url, "user1@bench.traction.test", PASSWORD);
      const imported = await timeImport(cached.url, importer);
      console.log(JSON.stringify({ import: imported }));
      const byName = (name: string, connections: number) =>
        results.find((r) => r.name === `${name} [computed]` && r.connections === connections)!;
      const growth = (period: string) =>
        (byName(`insights heavy, ${period}`, 1).p50 / byName(`insights 10× lighter, ${period}`, 1).p50).toFixed(2);
      const ratio = (mode: Mode) => (coachRoute[mode].p50 / own[mode].p50).toFixed(2);
      const report = [
        table(results, baseline),
        "",
        `10× more history costs ${growth("28 days")}× the time for 28 days and ${growth("whole year")}× for the whole year (p50 at 1 connection, computed).`,
        `LinkedIn import: ${imported.rows} connections in ${imported.seconds} s (${imported.rowsPerSecond} rows/s; ${imported.created} created, ${imported.rejected} rejected).`,
        `The first roster after a start (200 clients, nothing cached) took ${coldRosterMs} ms.`,
        `A client's insights through the coach route take ${ratio("computed")}× (computed) and ${ratio("cached")}× (cached) the time of the client's own route (p50 at 1 connection).`,
      ].join("\n");
      console.log(`\n${report}\n`);
      await mkdir(path.join(repoRoot, "bench-results"), { recursive: true });
      await writeFile(
        path.join(repoRoot, "bench-results/insights.json"),
        JSON.stringify({ at: new Date(), quick, results }, null, 2),
      );
      await writeFile(path.join(repoRoot, "bench-results/insights.md"), `${report}\n`);
    } finally {
      await Promise.all([computed.stop(), cached.stop()]);
    }
  } finally {
    await dropDatabase(database);
  }
}

async function exportFigures(): Promise<void> {
  const report = await exportBench();
  console.log(`\n${report}\n`);
  await mkdir(path.join(repoRoot, "bench-results"), { recursive: true });
  await writeFile(path.join(repoRoot, "bench-results/export.md"), `${report}\n`);
}

async function orgsFigures(): Promise<void> {
  const report = await orgsBench({ quick });
  console.log(`\n${report}\n`);
  await mkdir(path.join(repoRoot, "bench-results"), { recursive: true });
  await writeFile(path.join(repoRoot, "bench-results/orgs.md"), `${report}\n`);
}

async function insightsFigures(): Promise<void> {
  const report = await insightsBench({ quick });
  console.log(`\n${report}\n`);
  await mkdir(path.join(repoRoot, "bench-results"), { recursive: true });
  await writeFile(path.join(repoRoot, "bench-results/insights-only.md"), `${report}\n`);
}

async function readPathFigures(): Promise<void> {
  const report = await readPathBench({ quick });
  console.log(`\n${report}\n`);
  await mkdir(path.join(repoRoot, "bench-results"), { recursive: true });
  await writeFile(path.join(repoRoot, "bench-results/read-path.md"), `${report}\n`);
}

const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
const runs: Record<string, () => Promise<void>> = {
  roster: () => rosterBench({ quick }),
  export: exportFigures,
  "read-path": readPathFigures,
  digest: () => digestBench({ quick }),
  orgs: orgsFigures,
  insights: insightsFigures,
};
const selected = only
  ? runs[only]
  : async () => {
      await main();
      await readPathFigures();
      await rosterBench({ quick });
      await exportFigures();
      await orgsFigures();
      await digestBench({ quick });
    };
if (!selected) throw new Error(`--only takes one of: ${Object.keys(runs).join(", ")}`);
selected().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
