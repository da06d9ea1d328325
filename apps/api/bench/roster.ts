/**
 * The coach roster at scale (`pnpm bench --only=roster`; also at the end of a
 * full `pnpm bench`): a coach with 2,000 clients, each with two months of
 * records (see fillCaseload) and half of them with last week's review. Measured on the API as
 * deployed (insights cached under each client's data version):
 *
 * - the cold first page: the first roster request ever (no stored scores,
 *   nothing cached: every client scored and stored), timed once;
 * - the warm first page, a name search, a flag filter and one client's entry,
 *   at 10 connections, and the first page while one client writes every
 *   second (each write makes that client's stored score stale);
 * - the access log's share: the roster at 1 connection, against the one
 *   INSERT that logs a page of 20 clients, timed alone on the same database.
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { createDatabase, databaseUrl, dropDatabase, newRunId } from "../test/helpers/databases.ts";
import { createUsers, linkClients } from "./generate.ts";
import { measure, type Result } from "./measure.ts";
import { firstId, keepWriting, login, startServer } from "./server.ts";
import { settle } from "./database.ts";

const CASELOAD = 2_000;
const PASSWORD = "bench password 2026";
const repoRoot = path.resolve(import.meta.dirname, "../../..");

/**
 * Two months of modest activity, fifty clients at a time (one statement per
 * table per batch: far faster than one history at a time, while the
 * contact-date triggers keep to small sets): per client 4 venues, 12 events, 25 contacts, 30 conversations with
 * one of them each, 3 meetings, 4 tasks. One client in ten went quiet a month
 * ago; the others are active up to today.
 */
export async function fillCaseload(client: pg.Client, ownerIds: string[], offset: number): Promise<void> {
  const run = (sql: string) => client.query(sql, sql.includes("$2") ? [ownerIds, offset] : [ownerIds]);
  const owners = `SELECT id, ord + $2::int AS ord, CASE WHEN (ord + $2::int) % 10 = 0 THEN 30 ELSE 0 END AS quiet FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord)`;
  await run(`INSERT INTO "Venue" ("ownerId", name, kind, "createdAt", "updatedAt")
    SELECT o.id, 'Venue ' || i, (enum_range(NULL::"VenueKind"))[1 + (o.ord + i) % 10], now() - interval '60 days', now()
    FROM (${owners}) o, generate_series(1, 4) i`);
  await run(`WITH o AS (${owners}), v AS (SELECT "ownerId", array_agg(id) AS ids FROM "Venue" WHERE "ownerId" = ANY($1::uuid[]) GROUP BY 1)
    INSERT INTO "Event" ("ownerId", "venueId", date, hours, visibility, "updatedAt")
    SELECT o.id, v.ids[1 + floor(random() * 4)::int], current_date - o.quiet - floor(random() * 60)::int,
           0.5 + floor(random() * 6) / 2, CASE WHEN random() < 0.3 THEN 'BEHIND_THE_SCENES'::"Visibility" END, now()
    FROM o JOIN v ON v."ownerId" = o.id, generate_series(1, 12) i`);
  await run(`WITH o AS (${owners})
    INSERT INTO "Contact" ("ownerId", name, relationship, "createdAt", "updatedAt")
    SELECT o.id, 'Contact ' || i, (enum_range(NULL::"Relationship"))[1 + floor(random() * 7)::int],
           now() - make_interval(days => o.quiet + floor(random() * 60)::int), now()
    FROM o, generate_series(1, 25) i`);
  await run(`WITH o AS (${owners})
    INSERT INTO "Conversation" ("ownerId", date, "mentionedJobSearch", "explainedWhatIDo", "smallTalkOnly", "updatedAt")
    SELECT o.id, current_date - o.quiet - floor(random() * 60)::int, random() < 0.5, random() < 0.3, random() < 0.3, now()
    FROM o, generate_series(1, 30) i`);
  await run(`WITH k AS (SELECT "ownerId", array_agg(id) AS ids FROM "Contact" WHERE "ownerId" = ANY($1::uuid[]) GROUP BY 1)
    INSERT INTO "ConversationContact" ("conversationId", "contactId", position)
    SELECT c.id, k.ids[1 + floor(random() * 25)::int], 0
    FROM "Conversation" c JOIN k ON k."ownerId" = c."ownerId" WHERE c."ownerId" = ANY($1::uuid[])`);
  await run(`WITH o AS (${owners}), k AS (SELECT "ownerId", array_agg(id) AS ids FROM "Contact" WHERE "ownerId" = ANY($1::uuid[]) GROUP BY 1)
    INSERT INTO "Meeting" ("ownerId", "contactId", status, "scheduledAt", "updatedAt")
    SELECT o.id, k.ids[1 + floor(random() * 25)::int], (enum_range(NULL::"MeetingStatus"))[1 + floor(random() * 5)::int],
           now() - make_interval(days => o.quiet + floor(random() * 60)::int - 7), now()
    FROM o JOIN k ON k."ownerId" = o.id, generate_series(1, 3) i`);
  await run(`WITH o AS (${owners})
    INSERT INTO "Task" ("ownerId", title, "dueOn", done, "updatedAt")
    SELECT o.id, 'Follow up ' || i, current_date - floor(random() * 30)::int + 7, random() < 0.7, now()
    FROM o, generate_series(1, 4) i`);
}

async function seed(url: string): Promise<{ coachId: string; clientIds: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT setseed(0.17)");
    const passwordHash = await hash(PASSWORD);
    const started = performance.now();
    const [coachId] = await createUsers(client, 1, "coach", passwordHash, "COACH");
    const clientIds = await createUsers(client, CASELOAD, "client", passwordHash);
    for (let start = 0; start < clientIds.length; start += 50) {
      await fillCaseload(client, clientIds.slice(start, start + 50), start);
      if (start % 500 === 0) await client.query("ANALYZE");
    }
    await linkClients(client, coachId!, clientIds);
    // Half the caseload reviewed last week (UTC Monday), some in other time zones.
    await client.query(
      `UPDATE "User" SET timezone = (ARRAY['Europe/Paris', 'America/New_York', 'Asia/Tokyo'])[1 + (random() * 2)::int]
       WHERE id = ANY($1::uuid[]) AND random() < 0.3`,
      [clientIds],
    );
    await client.query(
      `INSERT INTO "Review" ("ownerId", "weekStart", snapshot, "updatedAt")
       SELECT id, date_trunc('week', now())::date - 7, '{}'::jsonb, now() FROM unnest($1::uuid[]) id WHERE random() < 0.5`,
      [clientIds],
    );
    await settle(url);
    console.log(`caseload of ${CASELOAD} generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { coachId: coachId!, clientIds };
  } finally {
    await client.end();
  }
}

/** The statement that logs one roster page, alone: `runs` times, p50 and p95 in ms. */
async function timeLogInsert(url: string, coachId: string, clientIds: string[], runs: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run += 1) {
      const page = clientIds.slice((run * 20) % (clientIds.length - 20), ((run * 20) % (clientIds.length - 20)) + 20);
      const started = performance.now();
      // The same statement as services/access-log/insert-access-log.ts.
      await client.query(
        `INSERT INTO "AccessLogEntry" ("coachId", "clientId", resource, at)
         SELECT e.coach, e.client, e.resource, e.at
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[]) AS e(coach, client, resource, at)
         WHERE EXISTS (SELECT 1 FROM "User" WHERE id = e.coach) AND EXISTS (SELECT 1 FROM "User" WHERE id = e.client)`,
        [page.map(() => coachId), page, page.map(() => "roster"), page.map(() => new Date().toISOString())],
      );
      times.push(performance.now() - started);
    }
  } finally {
    await client.end();
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]! * 100) / 100;
  return { p50: at(50), p95: at(95) };
}

export async function rosterBench({ quick }: { quick: boolean }): Promise<void> {
  const seconds = quick ? 3 : 10;
  const database = `${newRunId()}_bench_roster`;
  await createDatabase(database);
  const url = databaseUrl(database);
  try {
    await promisify(execFile)(path.join(repoRoot, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: url },
    });
    const { coachId, clientIds } = await seed(url);
    if (process.argv.includes("--seed-only")) return;
    const server = await startServer(url, 4990 + Math.floor(Math.random() * 9));
    try {
      // On a busy machine the server can take longer to start than startServer waits.
      for (let attempt = 0; attempt < 600; attempt += 1) {
        const ready = await fetch(`${server.url}/ready`).then(
          (response) => response.ok,
          () => false,
        );
        if (ready) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const coach = await login(server.url, "coach1@bench.traction.test", PASSWORD);
      const get = async (route: string) => {
        const started = performance.now();
        const response = await fetch(`${server.url}${route}`, { headers: { authorization: `Bearer ${coach}` } });
        if (!response.ok) throw new Error(`${route}: ${response.status}`);
        await response.json();
        return Math.round(performance.now() - started);
      };
      const cold = await get("/api/v1/coach/clients");
      const secondRequest = await get("/api/v1/coach/clients");
      console.log(JSON.stringify({ coldFirstPageMs: cold, secondRequestMs: secondRequest }));
      const results: Result[] = [];
      const run = async (name: string, route: string, connections: number) => {
        const result = await measure(server.url, { name, path: route, token: coach, connections, durationSeconds: seconds });
        console.log(JSON.stringify(result));
        results.push(result);
        return result;
      };
      await measure(server.url, {
        name: "warm-up",
        path: "/api/v1/coach/clients",
        token: coach,
        connections: 2,
        durationSeconds: 2,
      });
      await run(`roster of ${CASELOAD}, first page`, "/api/v1/coach/clients", 10);
      await run(`roster of ${CASELOAD}, name search (q=client 7: 111 clients)`, "/api/v1/coach/clients?q=client%207", 10);
      await run(`roster of ${CASELOAD}, flag filter (STALLED)`, "/api/v1/coach/clients?flag=STALLED", 10);
      await run(`roster of ${CASELOAD}, one client's entry`, `/api/v1/coach/clients/${clientIds[42]}`, 10);
      // client1 logs a conversation every second: the roster recomputes that one client after each write.
      const writer = await login(server.url, "client1@bench.traction.test", PASSWORD);
      const contactId = await firstId(server.url, writer, "/api/v1/contacts");
      const today = new Date().toISOString().slice(0, 10);
      const writes = keepWriting(server.url, writer, "/api/v1/conversations", { date: today, contactIds: [contactId] }, 1000);
      const writing = await run(`roster of ${CASELOAD}, first page, a client writing every second`, "/api/v1/coach/clients", 10);
      const { writes: done, failures } = writes.stop();
      writing.name += ` (${done} writes${failures ? `, ${failures} failed` : ""})`;
      const single = await run(`roster of ${CASELOAD}, first page, 1 connection`, "/api/v1/coach/clients", 1);
      const log = await timeLogInsert(url, coachId, clientIds, quick ? 200 : 1_000);
      const lines = [
        "| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ...results.map(
          (r) => `| ${r.name} | ${r.connections} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.non2xx + r.errors} |`,
        ),
        "",
        `Cold first page (the first roster ever: all ${CASELOAD} clients scored and stored): ${cold} ms; the request after it: ${secondRequest} ms.`,
        `Access log: the one INSERT that logs a page of 20 clients takes ${log.p50} ms p50 / ${log.p95} ms p95 alone, ` +
          `${((log.p50 / single.p50) * 100).toFixed(0)} % of the roster's ${single.p50} ms p50 at 1 connection.`,
      ];
      const report = lines.join("\n");
      console.log(`\n${report}\n`);
      await mkdir(path.join(repoRoot, "bench-results"), { recursive: true });
      await writeFile(
        path.join(repoRoot, "bench-results/roster.json"),
        JSON.stringify({ at: new Date(), quick, cold, log, results }, null, 2),
      );
      await writeFile(path.join(repoRoot, "bench-results/roster.md"), `${report}\n`);
    } finally {
      await server.stop();
    }
  } finally {
    // --keep: leave the database for profiling (its URL is printed).
    if (process.argv.includes("--keep")) console.log(`kept ${url}`);
    else await dropDatabase(database);
  }
}
