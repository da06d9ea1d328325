/**
 * A cohort benchmark's figures are computed without the insights' evidence
 * (decision 22), and must still be exactly what each client's own insights
 * say: generated histories for twelve clients in three time zones, compared
 * with `figuresOf` over their full insights for the default period, a past
 * one and a year. Beneath them, the lean metrics are the full ones without
 * their evidence and weekly series, number for number.
 */
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { ORDINARY, createUsers, fillHistory } from "../../../bench/generate.ts";
import { useTestApp } from "../../../test/helpers/app.ts";
import { collectMetrics } from "../insights/collect-metrics.ts";
import type { InsightMetrics } from "../insights/metrics.ts";
import { resolvePeriod } from "../insights/period.ts";
import { THRESHOLDS } from "../insights/thresholds.ts";
import { cohortFigures, figuresOf } from "./cohort-benchmark.ts";

const context = useTestApp();
const ZONES = ["UTC", "Asia/Tokyo", "America/New_York"];

describe("cohort figures", () => {
  let clientIds: string[] = [];

  beforeAll(async () => {
    const client = new pg.Client({ connectionString: context.databaseUrl });
    await client.connect();
    try {
      await client.query("SELECT setseed(0.31)");
      clientIds = await createUsers(client, 12, `cohort-${Date.now()}-`, "not a real hash");
      for (const [index, id] of clientIds.entries()) {
        await client.query(`UPDATE "User" SET timezone = $2 WHERE id = $1`, [id, ZONES[index % ZONES.length]]);
        // From almost nothing (no score yet) to a busy two months.
        await fillHistory(client, id, { ...ORDINARY, events: 2 + index * 4, contacts: 3 + index * 5, conversations: index * 12 });
      }
    } finally {
      await client.end();
    }
  });

  it.each([
    ["the default period", {}],
    ["a past month", { from: new Date(Date.now() - 50 * 86_400_000), to: new Date(Date.now() - 20 * 86_400_000) }],
    ["a year", { from: new Date(Date.now() - 364 * 86_400_000) }],
  ])("equal the clients' own insights over %s", async (_name, query) => {
    const now = new Date();
    const figures = await cohortFigures(context.app.db, context.app.reads, clientIds, query, now);
    const insights = await context.app.insights.forQuery(clientIds, query, now);
    expect(figures.size).toBe(clientIds.length);
    for (const clientId of clientIds) expect(figures.get(clientId), clientId).toEqual(figuresOf(insights.get(clientId)!));
    // The histories span the cases: some clients without a score, some with.
    const scores = [...figures.values()].map((figure) => figure.healthScore);
    if (Object.keys(query).length === 0) expect(scores.some((score) => score === null) && scores.some((score) => score !== null)).toBe(true);
  });

  /** What lean metrics leave out: the record ids findings cite, and the weekly series. */
  const withoutEvidence = (m: InsightMetrics): InsightMetrics => ({
    ...m,
    supportGroupEventIds: [],
    pitchStaleContactIds: [],
    recentConversationIds: [],
    silentConversationIds: [],
    overdueFollowUpIds: [],
    weekly: [],
  });

  it.each([
    ["the default period", {}],
    ["a past month", { from: new Date(Date.now() - 50 * 86_400_000), to: new Date(Date.now() - 20 * 86_400_000) }],
    ["a year", { from: new Date(Date.now() - 364 * 86_400_000) }],
  ])("are the full metrics without evidence over %s", async (_name, query) => {
    for (const zone of ZONES) {
      const owners = clientIds.filter((_id, index) => ZONES[index % ZONES.length] === zone);
      const period = resolvePeriod(query, new Date(), zone);
      const full = await collectMetrics(context.app.db, owners, period, THRESHOLDS);
      const lean = await collectMetrics(context.app.db, owners, period, THRESHOLDS, { lean: true });
      expect(lean.size).toBe(owners.length);
      for (const owner of owners) expect(lean.get(owner), `${zone} ${owner}`).toEqual(withoutEvidence(full.get(owner)!));
    }
  });
});
