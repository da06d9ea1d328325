/**
 * A career centre at scale (`pnpm bench --only=orgs`, issue 15): one
 * organisation of 5,000 enrolled clients in 10 cohorts of 500, each client
 * with two months of records (bench/roster.ts's `fillCaseload`), a third of
 * them assigned to one of ten member coaches. Measured at 10 connections as
 * the organisation's admin:
 *
 * - the client list's first page (ordered by need over stored scores), and a
 *   cohort's page; its cold first page (every client scored) timed once;
 * - one cohort's benchmarks, after a warm-up, on a process with the insights
 *   cache off and on one as deployed: both compute them on every request
 *   (500 clients' figures and the quartiles; decision 22 took benchmarks off
 *   the insights cache), the requests that arrive while one is computed
 *   sharing the next computation (decision 28); and ten cohorts' benchmarks at
 *   once, one connection each, which share nothing: what a computation costs;
 * - the health history (services/orgs/health-history.ts): the job filling the
 *   last 4 weeks of all 5,000 clients from nothing (timed once, in this
 *   process), then — the older 48 weeks written directly — a run with nothing
 *   to do (what the hourly job costs once the history is full), and one
 *   cohort's health over 12 and 52 weeks at 10 connections.
 */
import { hash } from "@node-rs/argon2";
import { createDatabase } from "@traction/db";
import pg from "pg";
import { settle, withBenchDatabase } from "./database.ts";
import { createUsers } from "./generate.ts";
import { measure, type Result } from "./measure.ts";
import { fillCaseload } from "./roster.ts";
import { login, startServer } from "./server.ts";
import { recordHealthHistory } from "../src/services/orgs/health-history.ts";

const PASSWORD = "bench password 2026";
const CLIENTS = 5_000;
const COHORTS = 10;
const FILLED_WEEKS = 4;

/** The health history: a first fill of FILLED_WEEKS weeks by the job, the rest written directly, then a run with nothing to do. */
async function healthHistory(url: string): Promise<{ fillMs: number; written: number; idleMs: number }> {
  const db = createDatabase({ connectionString: url, maxConnections: 4 });
  try {
    let started = performance.now();
    const fill = await recordHealthHistory(db, { weeks: FILLED_WEEKS });
    const fillMs = Math.round(performance.now() - started);
    await db.$executeRaw`
      INSERT INTO "HealthSnapshot" ("clientId", "weekStart", "healthScore", status, flags, "timeZone")
      SELECT e."jobseekerId", date_trunc('week', now() AT TIME ZONE u.timezone)::date - 7 * k,
             s, (CASE WHEN s >= 70 THEN 'HEALTHY' WHEN s >= 40 THEN 'NEEDS_NUDGE' ELSE 'STUCK' END)::"HealthStatus", '{}', u.timezone
      FROM "Enrolment" e JOIN "User" u ON u.id = e."jobseekerId"
      CROSS JOIN generate_series(${FILLED_WEEKS + 1}::int, 52) k
      CROSS JOIN LATERAL (SELECT (random() * 100 + 0 * k)::int AS s) r
      WHERE e.status = 'ACTIVE'
      ON CONFLICT DO NOTHING`;
    await db.$executeRaw`VACUUM ANALYZE "HealthSnapshot"`;
    started = performance.now();
    const idle = await recordHealthHistory(db);
    if (idle.written !== 0) throw new Error(`the idle run wrote ${idle.written} snapshots`);
    return { fillMs, written: fill.written, idleMs: Math.round(performance.now() - started) };
  } finally {
    await db.$disconnect();
  }
}

async function seed(url: string): Promise<{ orgId: string; cohortIds: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT setseed(0.23)");
    const passwordHash = await hash(PASSWORD);
    const started = performance.now();
    const [adminId] = await createUsers(client, 1, "admin", passwordHash, "COACH");
    const coachIds = await createUsers(client, 10, "member", passwordHash, "COACH");
    const clientIds = await createUsers(client, CLIENTS, "enrolled", passwordHash);
    for (let start = 0; start < clientIds.length; start += 50) {
      await fillCaseload(client, clientIds.slice(start, start + 50), start);
      if (start % 1_000 === 0) await client.query("ANALYZE");
    }
    const {
      rows: [org],
    } = await client.query<{ id: string }>(`INSERT INTO "Organisation" (name) VALUES ('Bench Career Centre') RETURNING id`);
    await client.query(
      `INSERT INTO "OrgMember" ("orgId", "userId", role)
       SELECT $1, id, CASE WHEN id = $2 THEN 'ADMIN' ELSE 'COACH' END::"OrgRole" FROM unnest($3::uuid[]) id`,
      [org!.id, adminId, [adminId, ...coachIds]],
    );
    const { rows: cohorts } = await client.query<{ id: string }>(
      `INSERT INTO "Cohort" ("orgId", name, "startsOn", "joinCode")
       SELECT $1, 'Cohort ' || i, current_date - 60, 'BNCH-' || lpad(i::text, 4, '0') || '-2026'
       FROM generate_series(1, $2::int) i RETURNING id`,
      [org!.id, COHORTS],
    );
    const cohortIds = cohorts.map((row) => row.id);
    await client.query(
      `INSERT INTO "Enrolment" ("orgId", "cohortId", "jobseekerId")
       SELECT $1, ($2::uuid[])[1 + (ord - 1) % $4], id FROM unnest($3::uuid[]) WITH ORDINALITY AS c(id, ord)`,
      [org!.id, cohortIds, clientIds, COHORTS],
    );
    await client.query(
      `INSERT INTO "CoachLink" ("coachId", "clientId", "orgId")
       SELECT ($2::uuid[])[1 + (ord - 1) % 10], id, $1 FROM unnest($3::uuid[]) WITH ORDINALITY AS c(id, ord) WHERE ord % 3 = 0`,
      [org!.id, coachIds, clientIds],
    );
    await settle(url);
    console.log(`organisation of ${CLIENTS} clients generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { orgId: org!.id, cohortIds };
  } finally {
    await client.end();
  }
}

export async function orgsBench({ quick }: { quick: boolean }): Promise<string> {
  const seconds = quick ? 3 : 10;
  return withBenchDatabase("bench_orgs", async (url) => {
    const { orgId, cohortIds } = await seed(url);
    const history = await healthHistory(url);
    const port = 4930 + Math.floor(Math.random() * 40);
    const cached = await startServer(url, port);
    const computed = await startServer(url, port + 1, { INSIGHTS_CACHE_ENTRIES: "0" });
    try {
      const token = await login(cached.url, "admin1@bench.traction.test", PASSWORD);
      const clients = `/api/v1/orgs/${orgId}/clients?limit=20`;
      const started = performance.now();
      const cold = await fetch(`${cached.url}${clients}`, { headers: { authorization: `Bearer ${token}` } });
      if (!cold.ok) throw new Error(`the first client list answered ${cold.status}: ${await cold.text()}`);
      const coldMs = Math.round(performance.now() - started);
      const benchmarks = `/api/v1/orgs/${orgId}/cohorts/${cohortIds[0]}/benchmarks`;
      const results: Result[] = [];
      const run = async (name: string, base: string, path: string | string[], connections = 10) => {
        results.push(await measure(base, { name, path, token, connections, durationSeconds: seconds }));
      };
      await run("client list, first page (warm)", cached.url, clients);
      await run("client list, one cohort's first page", cached.url, `${clients}&cohortId=${cohortIds[1]}`);
      await run("client list, unassigned", cached.url, `${clients}&unassigned=true`);
      // Before the computed benchmarks, whose requests cut off at the end of a scenario still run for a while.
      const health = `/api/v1/orgs/${orgId}/cohorts/${cohortIds[0]}/health`;
      await run("cohort health, 12 weeks (500 clients)", cached.url, `${health}?weeks=12`);
      await run("cohort health, 52 weeks (500 clients)", cached.url, `${health}?weeks=52`);
      // Each benchmark scenario runs on a process warmed up on the route just before (code paths, the pool's
      // connections, their prepared statements' plans), as the other benches do. Unwarmed, the first ten
      // requests at once are the slowest twentieth of a 10-second run, and p95 measures a cold start (2.2–2.6 s,
      // against ~0.7 s for the rest); and the pool closes connections idle for 10 s, so a process warmed before
      // another's scenario starts cold again. A warm-up's last requests, cut off by autocannon, still run for a
      // while: the scenario starts once they are done.
      const warmed = async (server: { url: string }, path: string | string[] = benchmarks, connections = 10) => {
        await measure(server.url, { name: "warm-up", path, token, connections, durationSeconds: 3 });
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        return server.url;
      };
      const everyCohort = cohortIds.map((cohortId) => `/api/v1/orgs/${orgId}/cohorts/${cohortId}/benchmarks`);
      await run("cohort benchmarks (500 clients), computed every request", await warmed(computed), benchmarks);
      await run("cohort benchmarks (500 clients), as deployed (the same path: no cache)", await warmed(cached), benchmarks);
      await run("cohort benchmarks, computed, 1 connection", await warmed(computed), benchmarks, 1);
      await run(
        "10 cohorts' benchmarks at once, 1 connection each (nothing shared)",
        await warmed(computed, everyCohort, 1),
        everyCohort,
        1,
      );
      return [
        `An organisation of ${CLIENTS.toLocaleString("en")} enrolled clients in ${COHORTS} cohorts (${seconds} s each):`,
        "",
        "| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ...results.map(
          (r) => `| ${r.name} | ${r.connections} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.non2xx + r.errors} |`,
        ),
        "",
        `Cold first page of the client list (all ${CLIENTS.toLocaleString("en")} clients scored and stored): ${coldMs} ms.`,
        `Health history: the job's first fill of ${FILLED_WEEKS} weeks for every client (${history.written.toLocaleString("en")} snapshots) ` +
          `took ${history.fillMs} ms; with all 52 weeks filled, a run with nothing to do took ${history.idleMs} ms.`,
      ].join("\n");
    } finally {
      await Promise.all([cached.stop(), computed.stop()]);
    }
  });
}
