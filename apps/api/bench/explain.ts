/**
 * `tsx bench/explain.ts [database] [days] [owners]`: EXPLAIN (ANALYZE, BUFFERS) of each insights
 * statement for the heavy user (or N ordinary users), in the database bench/profile.ts keeps.
 */
import pg from "pg";
import type { Prisma } from "@traction/db";
import { collectMetrics } from "../src/services/insights/collect-metrics.ts";
import { resolvePeriod } from "../src/services/insights/period.ts";
import { THRESHOLDS } from "../src/services/insights/thresholds.ts";
import { databaseUrl } from "../test/helpers/databases.ts";

const name = process.argv[2] ?? "traction_profile";
const days = Number(process.argv[3] ?? 28);
const ordinary = Number(process.argv[4] ?? 0);
// As the API connects: without JIT (packages/db).
const client = new pg.Client({ connectionString: databaseUrl(name), options: "-c jit=off" });
await client.connect();
const owners = ordinary
  ? (await client.query<{ id: string }>(`SELECT id::text FROM "User" WHERE email LIKE (CASE WHEN $1 = 501 THEN 'enrolled%' ELSE 'user%' END) ORDER BY email LIMIT $1`, [ordinary])).rows.map((r) => r.id)
  : (await client.query<{ id: string }>(`SELECT id::text FROM "User" WHERE email LIKE 'heavy%'`)).rows.map((r) => r.id);
const statements: Prisma.Sql[] = [];
const capture = { $queryRaw: async (sql: Prisma.Sql) => (statements.push(sql), []) } as never;
const period = resolvePeriod({ from: new Date(Date.now() - (days - 1) * 86_400_000) });
await collectMetrics(capture, owners, period, THRESHOLDS, { lean: process.argv.includes("--lean") }).catch(() => undefined);
if (process.argv.includes("--plan")) {
  let total = 0;
  for (const sql of statements) {
    const times: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      const { rows } = await client.query(`EXPLAIN (SUMMARY) ${sql.text}`, sql.values);
      const line = rows.map((r: Record<string, string>) => r["QUERY PLAN"] ?? "").find((l) => l.startsWith("Planning Time"))!;
      times.push(Number(/([\d.]+) ms/.exec(line)![1]));
    }
    times.sort((a, b) => a - b);
    total += times[0]!;
    console.log(`planning min ${times[0]!.toFixed(2)} median ${times[7]!.toFixed(2)} ms  ${sql.text.replace(/\s+/g, " ").slice(0, 60)}`);
  }
  console.log(`sum of minimums ${total.toFixed(1)} ms`);
  await client.end();
  process.exit(0);
}
if (process.argv.includes("--time")) {
  let total = 0;
  for (const sql of statements) {
    const times: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const started = performance.now();
      await client.query(sql.text, sql.values);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    total += times[0]!;
    console.log(`min ${times[0]!.toFixed(2)} median ${times[12]!.toFixed(2)} ms  ${sql.text.replace(/\s+/g, " ").slice(0, 60)}`);
  }
  console.log(`sum of minimums ${total.toFixed(1)} ms`);
  await client.end();
  process.exit(0);
}
for (const sql of statements) {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
  const lines = rows.map((r: Record<string, string>) => r["QUERY PLAN"]);
  console.log(`\n===== ${sql.text.replace(/\s+/g, " ").slice(0, 90)}\n${process.argv.includes("--full") ? lines.join("\n") : lines.slice(-2).join("\n")}`);
}
await client.end();
