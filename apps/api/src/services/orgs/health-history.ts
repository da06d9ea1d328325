/**
 * The health history: one `HealthSnapshot` per enrolled client and week, so
 * that an organisation can chart a cohort's health over time
 * (`cohort-health.ts`).
 *
 * A week's snapshot is the client's insights' health score over the default
 * period (28 days) ending on that week's Sunday, in the client's own time
 * zone — what the roster showed them at the end of that week — with its band
 * and flags. The same computation records the week that has just ended and
 * fills the weeks missing (a new enrolment, the first deploy): for every
 * actively enrolled client, each of the last HEALTH_HISTORY_MAX_WEEKS weeks
 * that has ended in their time zone and has no snapshot yet is computed for
 * that past period with the insights service (`computeInsights`, set-based: one
 * computation per time zone and week for all the clients missing it) and
 * inserted with `ON CONFLICT DO NOTHING`, so that two processes running at
 * once write each week once. Snapshots are never updated.
 *
 * Work goes in rounds of at most `batchSize` weeks, newest first (the weeks a
 * chart shows by default are filled first); `keepGoing` is asked before each
 * round, so that a long first fill can stop for a shutdown or a deadline and
 * be continued by the next run.
 */
import { Prisma } from "@traction/db";
import { HEALTH_HISTORY_MAX_WEEKS, healthStatusOf } from "@traction/schemas";
import { computeInsights } from "../insights/get-insights.ts";
import { addDays, resolvePeriod, type Period } from "../insights/period.ts";
import type { DbClient } from "../records/db-client.ts";

export interface HealthHistoryOptions {
  /** The clock: which weeks have ended. */
  now?: Date;
  /** Only these clients (the backfill of a new enrolment); default every actively enrolled client. */
  clientIds?: readonly string[];
  /** How many weeks back to keep filled (default HEALTH_HISTORY_MAX_WEEKS). */
  weeks?: number;
  /** Client-weeks computed per round. */
  batchSize?: number;
  /** Asked before each round after the first: `false` stops (what is left waits for the next run). */
  keepGoing?: () => boolean;
}

export interface HealthHistoryRun {
  /** Snapshots inserted by this run (a concurrent run may have written the others it computed). */
  written: number;
  /** Whether weeks were left missing when the run stopped. */
  remaining: boolean;
}

const DEFAULT_BATCH_SIZE = 2_000;

/** The period a week's snapshot is computed over: the default period (28 days) ending on the week's Sunday. */
export function snapshotPeriod(weekStart: Date, timeZone: string, now: Date): Period {
  return resolvePeriod({ to: addDays(weekStart, 6) }, now, timeZone);
}

interface Missing {
  client_id: string;
  time_zone: string;
  week_start: string;
}

/**
 * The missing client-weeks, newest first: for each actively enrolled client,
 * the `weeks` Mondays before the current week in their time zone without a snapshot.
 */
function missingWeeks(db: DbClient, options: Required<Omit<HealthHistoryOptions, "keepGoing">>, limit: number) {
  const only =
    options.clientIds.length > 0 ? Prisma.sql`AND "jobseekerId" = ANY(${[...options.clientIds]}::uuid[])` : Prisma.empty;
  return db.$queryRaw<Missing[]>(Prisma.sql`
    SELECT a.client_id::text, u.timezone AS time_zone, w.week_start::text
    FROM (SELECT DISTINCT "jobseekerId" AS client_id FROM "Enrolment" WHERE status = 'ACTIVE' ${only}) a
    JOIN "User" u ON u.id = a.client_id
    CROSS JOIN LATERAL (
      SELECT date_trunc('week', ${options.now}::timestamptz AT TIME ZONE u.timezone)::date - 7 * k AS week_start
      FROM generate_series(1, ${options.weeks}::int) AS k
    ) w
    WHERE NOT EXISTS (SELECT 1 FROM "HealthSnapshot" s WHERE s."clientId" = a.client_id AND s."weekStart" = w.week_start)
    ORDER BY w.week_start DESC, u.timezone, a.client_id
    LIMIT ${limit}`);
}

interface Snapshot {
  clientId: string;
  weekStart: string;
  timeZone: string;
  healthScore: number | null;
  flags: string[];
}

/** One statement, in key order (so that concurrent runs lock the same keys in the same order). */
async function insertSnapshots(db: DbClient, snapshots: Snapshot[]): Promise<number> {
  const rows = [...snapshots].sort((a, b) => a.clientId.localeCompare(b.clientId) || a.weekStart.localeCompare(b.weekStart));
  return db.$executeRaw(Prisma.sql`
    INSERT INTO "HealthSnapshot" ("clientId", "weekStart", "healthScore", status, flags, "timeZone")
    SELECT v.client_id, v.week_start, v.health_score, v.status::"HealthStatus", string_to_array(v.flags, ','), v.time_zone
    FROM unnest(
      ${rows.map((row) => row.clientId)}::uuid[],
      ${rows.map((row) => row.weekStart)}::date[],
      ${rows.map((row) => row.healthScore)}::int[],
      ${rows.map((row) => healthStatusOf(row.healthScore))}::text[],
      ${rows.map((row) => row.flags.join(","))}::text[],
      ${rows.map((row) => row.timeZone)}::text[]
    ) WITH ORDINALITY AS v(client_id, week_start, health_score, status, flags, time_zone, place)
    ORDER BY v.place
    ON CONFLICT ("clientId", "weekStart") DO NOTHING`);
}

/** Computes and stores the missing weeks (see the file's comment). Safe to run twice at once. */
export async function recordHealthHistory(db: DbClient, options: HealthHistoryOptions = {}): Promise<HealthHistoryRun> {
  const settings = {
    now: options.now ?? new Date(),
    clientIds: options.clientIds ?? [],
    weeks: options.weeks ?? HEALTH_HISTORY_MAX_WEEKS,
    batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
  };
  if (options.clientIds?.length === 0) return { written: 0, remaining: false };
  let written = 0;
  for (let round = 0; ; round += 1) {
    if (round > 0 && options.keepGoing && !options.keepGoing()) return { written, remaining: true };
    const missing = await missingWeeks(db, settings, settings.batchSize);
    if (missing.length === 0) return { written, remaining: false };
    // Clients sharing a time zone and a week are computed together.
    const groups = new Map<string, { timeZone: string; weekStart: string; clientIds: string[] }>();
    for (const row of missing) {
      const key = `${row.time_zone} ${row.week_start}`;
      const group = groups.get(key);
      if (group) group.clientIds.push(row.client_id);
      else groups.set(key, { timeZone: row.time_zone, weekStart: row.week_start, clientIds: [row.client_id] });
    }
    const snapshots: Snapshot[] = [];
    for (const { timeZone, weekStart, clientIds } of groups.values()) {
      const period = snapshotPeriod(new Date(`${weekStart}T00:00:00.000Z`), timeZone, settings.now);
      const insights = await computeInsights(db, clientIds, period);
      for (const [clientId, insight] of insights)
        snapshots.push({ clientId, weekStart, timeZone, healthScore: insight.healthScore, flags: insight.flags });
    }
    written += await insertSnapshots(db, snapshots);
    if (missing.length < settings.batchSize) return { written, remaining: false };
  }
}
