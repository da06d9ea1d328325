/**
 * Which insights statements are prepared, to be planned once (decision 25):
 * the one-on-ones, leads and per-owner figures always, the new contacts for
 * one owner over a short period. PostgreSQL plans a prepared statement's first
 * five runs with their values, then keeps its generic plan unless it expects
 * it to cost more (on the heavy user's records it does keep it; on this small
 * database it may not: the choice is PostgreSQL's, the preparing ours). The
 * conversations, the events and a caseload's new contacts are planned with
 * their values every time, as their generic plans were measured to be far
 * worse for some owners or periods. Read from `pg_prepared_statements` on the
 * client's one connection.
 */
import { createDatabase, type Database, Prisma, queryRows } from "@traction/db";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORDINARY, createUsers, fillHistory } from "../../../bench/generate.ts";
import { useTestApp } from "../../../test/helpers/app.ts";
import { collectMetrics } from "./collect-metrics.ts";
import { addDays, resolvePeriod } from "./period.ts";
import { THRESHOLDS } from "./thresholds.ts";

const context = useTestApp();
let db: Database;
let owners: string[];

interface Prepared {
  statement: string;
  generic_plans: number;
  custom_plans: number;
}

const prepared = () =>
  queryRows<Prepared>(db, Prisma.sql`SELECT statement, generic_plans::int, custom_plans::int FROM pg_prepared_statements`);
/** The prepared statement whose text holds `marker`, if any. */
const find = (rows: Prepared[], marker: string) => rows.filter((row) => row.statement.includes(marker));

beforeAll(async () => {
  const client = new pg.Client({ connectionString: context.databaseUrl });
  await client.connect();
  try {
    owners = await createUsers(client, 2, `prepared-${Date.now()}-`, "not a real hash");
    for (const owner of owners) await fillHistory(client, owner, { ...ORDINARY, days: 60 });
  } finally {
    await client.end();
  }
  db = createDatabase({ connectionString: context.databaseUrl, maxConnections: 1 });
});

afterAll(() => db?.$disconnect());

describe("prepared insights statements", () => {
  it("plans the one-owner statements once, generically, and the others with their values each time", async () => {
    const month = resolvePeriod({});
    const first = await collectMetrics(db, [owners[0]!], month, THRESHOLDS);
    for (let run = 2; run <= 7; run += 1) expect(await collectMetrics(db, [owners[0]!], month, THRESHOLDS)).toEqual(first);

    const rows = await prepared();
    for (const marker of ["WITH done AS", "WITH period_leads AS", "WITH figures AS", "WITH fresh AS"]) {
      const [statement, ...others] = find(rows, marker);
      expect(others, marker).toEqual([]);
      // One statement, parsed once, run seven times.
      expect(statement!.custom_plans + statement!.generic_plans, marker).toBe(7);
    }
    expect(find(rows, "ConversationDay")).toEqual([]);
    expect(find(rows, "period_events")).toEqual([]);
  });

  it("plans a caseload's new contacts, and a year of them, with their values", async () => {
    const before = find(await prepared(), "WITH fresh AS");
    await collectMetrics(db, owners, resolvePeriod({}), THRESHOLDS);
    await collectMetrics(db, [owners[0]!], resolvePeriod({ from: addDays(new Date(), -364) }), THRESHOLDS);
    const after = await prepared();
    expect(find(after, "WITH fresh AS")).toEqual(before);
    // The same statement for two owners and for a year.
    const [figures, ...others] = find(after, "WITH figures AS");
    expect(others).toEqual([]);
    expect(figures!.custom_plans + figures!.generic_plans).toBe(9);
  });

  it("prepares nothing inside a transaction, whose statements go through Prisma", async () => {
    const before = await prepared();
    await db.$transaction((tx) => collectMetrics(tx, [owners[1]!], resolvePeriod({}), THRESHOLDS));
    expect(await prepared()).toEqual(before);
  });
});
