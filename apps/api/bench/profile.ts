/**
 * `tsx bench/profile.ts [database]`: times each insights statement for the
 * heavy user and for a caseload of 200 ordinary users, to find the slow one. Seeds a database named traction_profile
 * when it does not exist yet, and keeps it for the next run.
 */
import { hash } from "@node-rs/argon2";
import { createDatabase as createPrisma } from "@traction/db";
import pg from "pg";
import { periodParams } from "../src/services/insights/queries/params.ts";
import { contactMetrics } from "../src/services/insights/queries/contact-metrics.ts";
import { conversationMetrics } from "../src/services/insights/queries/conversation-metrics.ts";
import { eventMetrics } from "../src/services/insights/queries/event-metrics.ts";
import { leadMetrics } from "../src/services/insights/queries/lead-metrics.ts";
import { meetingMetrics } from "../src/services/insights/queries/meeting-metrics.ts";
import { ownerMetrics } from "../src/services/insights/queries/owner-metrics.ts";
import { resolvePeriod } from "../src/services/insights/period.ts";
import { databaseUrl, withAdmin } from "../test/helpers/databases.ts";
import { HEAVY, ORDINARY, createUsers, fillHistory } from "./generate.ts";
import { execFileSync } from "node:child_process";
import path from "node:path";

const name = process.argv[2] ?? "traction_profile";
const url = databaseUrl(name);
const exists = await withAdmin(
  async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1,
);
if (!exists) {
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  execFileSync(path.resolve(import.meta.dirname, "../../../node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: path.resolve(import.meta.dirname, "../../.."),
    env: { ...process.env, DATABASE_URL: url },
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SELECT setseed(0.42)");
  const passwordHash = await hash("bench password 2026");
  const [heavy] = await createUsers(client, 1, "heavy", passwordHash);
  await fillHistory(client, heavy!, HEAVY);
  // Other users share the tables, as in production; analyze as they grow.
  for (const [index, id] of (await createUsers(client, 1_000, "user", passwordHash)).entries()) {
    await fillHistory(client, id, ORDINARY);
    if (index % 100 === 0) await client.query("ANALYZE");
  }
  await client.query("ANALYZE");
  await client.end();
}
const db = createPrisma({ connectionString: url });
const [heavyUser] = await db.$queryRaw<Array<{ id: string }>>`SELECT id::text FROM "User" WHERE email LIKE 'heavy%'`;
const caseload = (await db.$queryRaw<Array<{ id: string }>>`
  SELECT id::text FROM "User" WHERE email LIKE 'user%' ORDER BY email LIMIT 200`).map((row) => row.id);
const runs = [
  { label: "heavy user, 28 days", owners: [heavyUser!.id], days: 28 },
  { label: "heavy user, 365 days", owners: [heavyUser!.id], days: 365 },
  { label: "200 ordinary users, 28 days", owners: caseload, days: 28 },
];
for (const { label: run, owners, days } of runs) {
  const period = resolvePeriod({ from: new Date(Date.now() - (days - 1) * 86_400_000) });
  const p = periodParams(owners, period.from, period.to, period.asOf);
  const statements = {
    eventMetrics,
    contactMetrics,
    meetingMetrics,
    leadMetrics,
    ownerMetrics,
    conversationMetrics: (d: typeof db, q: typeof p) => conversationMetrics(d, q, 90),
  };
  for (const [label, fn] of Object.entries(statements)) {
    await fn(db, p);
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) await fn(db, p);
    console.log(`${run}, ${label}: ${((performance.now() - started) / 5).toFixed(1)} ms`);
  }
}
await db.$disconnect();
