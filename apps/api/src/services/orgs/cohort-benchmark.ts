/**
 * Cohort benchmarks: for a period, each metric's p25/p50/p75 over the
 * cohort's actively enrolled clients, and a jobseeker's standing in it.
 *
 * Each client's figures are computed from the metrics their insights are made
 * of, over the period in their own time zone, set-based for the whole cohort
 * at once — the numbers alone, without the record ids a finding cites
 * (decision 22) — and read the way `figuresOf` reads a client's insights, so
 * a benchmark says exactly what the clients' own insights say;
 * the distribution (and a jobseeker's percentile) is then one SQL statement
 * over all the clients (`percentile_cont`). A metric a client has no value for
 * (no health score yet; no conversations for the share mentioning the search)
 * is left out of that metric.
 *
 * k-anonymity: below BENCHMARK_MIN_CLIENTS clients nothing is computed and the
 * figures are `null` (`suppressed: true`), so no figure can be traced to a person.
 *
 * A cohort's figures are the same whoever asks, so concurrent requests for the
 * same cohort and period share one computation (`SharedComputations`): a
 * request never joins one already running, which may have read its data before
 * the request arrived, but the next, so every answer is computed after its
 * request came in and holds every write acknowledged before it.
 */
import { Prisma, queryRows } from "@traction/db";
import {
  BENCHMARK_METRICS,
  BENCHMARK_MIN_CLIENTS,
  type TBenchmarkMetric,
  type TCohortBenchmark,
  type TCohortOutcomes,
  type TInsights,
  type TMyBenchmark,
} from "@traction/schemas";
import type { ReadRouter } from "../../lib/read-router.ts";
import { SharedComputations } from "../../lib/shared-computations.ts";
import { collectMetrics } from "../insights/collect-metrics.ts";
import { byTimeZone, timeZones } from "../insights/data-versions.ts";
import { diagnose } from "../insights/diagnose.ts";
import { funnelOf } from "../insights/get-insights.ts";
import type { PeriodQuery } from "../insights/insights-cache.ts";
import { resolvePeriod } from "../insights/period.ts";
import { THRESHOLDS } from "../insights/thresholds.ts";
import type { DbClient } from "../records/db-client.ts";

type Figures = Record<TBenchmarkMetric, number | null>;

/** What a benchmark compares, read from one client's insights (or the same parts computed without the rest). */
export function figuresOf(
  insights: Pick<TInsights, "funnel" | "tips" | "healthScore"> & { byVenueKind: ReadonlyArray<{ events: number }> },
): Figures {
  const conversationTip = insights.tips.find((tip) => tip.tip === "CONVERSATIONS");
  const share = conversationTip?.metrics.mentionedJobSearchShare;
  return {
    eventHours: insights.funnel.hours,
    venueKinds: insights.byVenueKind.filter((kind) => kind.events > 0).length,
    newContacts: insights.funnel.newContacts,
    conversations: insights.funnel.conversations,
    conversationsMentioningSearchPct: typeof share === "number" ? Math.round(share * 1000) / 10 : null,
    oneOnOnes: insights.funnel.oneOnOnes,
    leads: insights.funnel.leads,
    interviews: insights.funnel.interviews,
    offers: insights.funnel.offers,
    healthScore: insights.healthScore,
  };
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
/** Column names for the metrics in SQL: constants, never input. */
const column = (index: number) => Prisma.raw(`m${index}`);

/**
 * Every client's figures over the query's period as they see it ("today" in
 * their own time zone; clients sharing a zone computed together), in the
 * insights' set-based statements without evidence, on the read replica when it
 * has replayed these clients' writes.
 */
export async function cohortFigures(
  db: DbClient,
  reads: ReadRouter,
  clientIds: readonly string[],
  query: PeriodQuery,
  now: Date = new Date(),
): Promise<Map<string, Figures>> {
  const groups = byTimeZone(clientIds, await timeZones(db, clientIds));
  const source = await reads.forOwners(clientIds);
  const parts = await Promise.all(
    [...groups].map(([zone, owners]) =>
      collectMetrics(source, owners, resolvePeriod(query, now, zone), THRESHOLDS, { lean: true }),
    ),
  );
  const figures = new Map<string, Figures>();
  for (const metrics of parts) {
    for (const [clientId, m] of metrics) {
      const { tips, healthScore } = diagnose(m, THRESHOLDS);
      figures.set(clientId, figuresOf({ funnel: funnelOf(m), byVenueKind: m.byKind, tips, healthScore }));
    }
  }
  return figures;
}

// The statements of a benchmark request run on the pool through `queryRows`: Prisma's raw-query path costs
// ~4 ms of the API's CPU per statement (docs/benchmarks.md), and ten benchmarks at once share one thread.
async function enrolledIn(db: DbClient, cohortId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, Prisma.sql`
    SELECT "jobseekerId"::text AS id FROM "Enrolment" WHERE "cohortId" = ${cohortId}::uuid AND status = 'ACTIVE'`);
  return rows.map((row) => row.id);
}

interface DistributionRow {
  [key: string]: number[] | number | null;
}

/**
 * One statement: every client's figures in (as arrays), each metric's
 * quartiles out, and for `mine` the share of clients below it per metric.
 */
async function distribution(db: DbClient, figures: Map<string, Figures>, mine?: Figures): Promise<DistributionRow> {
  const values = [...figures.values()];
  const arrays = BENCHMARK_METRICS.map((metric) => Prisma.sql`${values.map((figure) => figure[metric])}::float8[]`);
  const columns = Prisma.join(BENCHMARK_METRICS.map((_metric, index) => column(index)));
  const quartiles = BENCHMARK_METRICS.map(
    (_metric, index) =>
      Prisma.sql`percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY ${column(index)}) AS ${column(index)}`,
  );
  const below = mine
    ? BENCHMARK_METRICS.map((metric, index) => {
        const value = mine[metric];
        return Prisma.sql`(100.0 * count(*) FILTER (WHERE ${column(index)} < ${value}::float8) / nullif(count(${column(index)}), 0))::float8 AS ${Prisma.raw(`below${index}`)}`;
      })
    : [];
  const [row] = await queryRows<DistributionRow>(db, Prisma.sql`
    SELECT ${Prisma.join([...quartiles, ...below])}
    FROM unnest(${Prisma.join(arrays)}) AS v(${columns})`);
  return row!;
}

/**
 * Outcomes by cohort: how many of the clients had a lead reach INTERVIEW,
 * OFFER and HIRED in the period (by the stage history; UTC days), one statement.
 */
async function outcomesOf(db: DbClient, clientIds: string[], from: Date, to: Date): Promise<TCohortOutcomes> {
  const end = new Date(to.getTime() + 86_400_000);
  const [row] = await queryRows<TCohortOutcomes>(db, Prisma.sql`
    SELECT count(DISTINCT l."ownerId") FILTER (WHERE c.stage = 'INTERVIEW')::int AS interviews,
           count(DISTINCT l."ownerId") FILTER (WHERE c.stage = 'OFFER')::int AS offers,
           count(DISTINCT l."ownerId") FILTER (WHERE c.stage = 'HIRED')::int AS hired
    FROM "Lead" l
    JOIN "LeadStageChange" c ON c."leadId" = l.id
    WHERE l."ownerId" = ANY(${clientIds}::uuid[]) AND c."changedAt" >= ${from} AND c."changedAt" < ${end}
      AND c.stage IN ('INTERVIEW', 'OFFER', 'HIRED')`);
  return row!;
}

interface EnrolledFigures {
  clientIds: string[];
  /** `null` below BENCHMARK_MIN_CLIENTS: nothing is computed for a cohort that small. */
  figures: Map<string, Figures> | null;
}

/** Computations under way, per database client (tests run many apps in one process). */
const shared = new WeakMap<
  DbClient,
  { benchmarks: SharedComputations<TCohortBenchmark>; figures: SharedComputations<EnrolledFigures> }
>();

function sharedFor(db: DbClient) {
  let computations = shared.get(db);
  if (!computations) {
    computations = { benchmarks: new SharedComputations(), figures: new SharedComputations() };
    shared.set(db, computations);
  }
  return computations;
}

/** What makes two requests' computations the same: the cohort, the period asked for, and a `now` given by a caller. */
const keyOf = (cohortId: string, query: PeriodQuery, now: Date | undefined) =>
  [cohortId, query.from?.toISOString() ?? "", query.to?.toISOString() ?? "", now?.toISOString() ?? ""].join("|");

/** The computations asked for and started for `db`, of a cohort's benchmark and of its figures (for tests). */
export function benchmarkComputations(db: DbClient) {
  const { benchmarks, figures } = sharedFor(db);
  return {
    benchmarks: { asked: benchmarks.asked, started: benchmarks.started },
    figures: { asked: figures.asked, started: figures.started },
  };
}

/** The cohort's actively enrolled clients and, from BENCHMARK_MIN_CLIENTS of them, their figures. */
function enrolledFigures(
  db: DbClient,
  reads: ReadRouter,
  cohortId: string,
  query: PeriodQuery,
  now: Date | undefined,
): Promise<EnrolledFigures> {
  return sharedFor(db).figures.run(keyOf(cohortId, query, now), async () => {
    const clientIds = await enrolledIn(db, cohortId);
    if (clientIds.length < BENCHMARK_MIN_CLIENTS) return { clientIds, figures: null };
    return { clientIds, figures: await cohortFigures(db, reads, clientIds, query, now ?? new Date()) };
  });
}

/** A cohort's benchmark for a period; `now` (tests) stands in for the time the computation starts. */
export function cohortBenchmark(
  db: DbClient,
  reads: ReadRouter,
  cohortId: string,
  query: PeriodQuery,
  now?: Date,
): Promise<TCohortBenchmark> {
  return sharedFor(db).benchmarks.run(keyOf(cohortId, query, now), () =>
    computeCohortBenchmark(db, reads, cohortId, query, now ?? new Date()),
  );
}

async function computeCohortBenchmark(
  db: DbClient,
  reads: ReadRouter,
  cohortId: string,
  query: PeriodQuery,
  now: Date,
): Promise<TCohortBenchmark> {
  const period = resolvePeriod(query, now);
  const clientIds = await enrolledIn(db, cohortId);
  const base = { period: { from: period.from, to: period.to }, clients: clientIds.length };
  if (clientIds.length < BENCHMARK_MIN_CLIENTS) return { ...base, suppressed: true, metrics: null, outcomes: null };
  const [figures, outcomes] = await Promise.all([
    cohortFigures(db, reads, clientIds, query, now),
    outcomesOf(db, clientIds, period.from, period.to),
  ]);
  const row = await distribution(db, figures);
  const metrics = Object.fromEntries(
    BENCHMARK_METRICS.map((metric, index) => {
      const [p25, p50, p75] = (row[`m${index}`] as number[] | null) ?? [null, null, null];
      return [metric, { p25: round(p25 ?? null), p50: round(p50 ?? null), p75: round(p75 ?? null) }];
    }),
  ) as TCohortBenchmark["metrics"];
  return { ...base, suppressed: false, metrics, outcomes };
}

/** The jobseeker's standing in each cohort they are actively enrolled in. */
export async function myBenchmarks(
  db: DbClient,
  reads: ReadRouter,
  jobseekerId: string,
  query: PeriodQuery,
  now?: Date,
): Promise<TMyBenchmark[]> {
  const enrolments = await db.enrolment.findMany({
    where: { jobseekerId, status: "ACTIVE" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { org: { select: { id: true, name: true } }, cohort: { select: { id: true, name: true } } },
  });
  const standings = await Promise.all(
    enrolments.map(async ({ org, cohort }): Promise<TMyBenchmark | null> => {
      const { clientIds, figures } = await enrolledFigures(db, reads, cohort.id, query, now);
      if (!figures) return { cohort, org, clients: clientIds.length, suppressed: true, metrics: null };
      const mine = figures.get(jobseekerId);
      // Left the cohort since their enrolments were read: no longer compared with it.
      if (!mine) return null;
      const row = await distribution(db, figures, mine);
      const metrics = Object.fromEntries(
        BENCHMARK_METRICS.map((metric, index) => [
          metric,
          { value: mine[metric], percentile: mine[metric] === null ? null : round(row[`below${index}`] as number | null) },
        ]),
      ) as NonNullable<TMyBenchmark["metrics"]>;
      return { cohort, org, clients: clientIds.length, suppressed: false, metrics };
    }),
  );
  return standings.filter((standing) => standing !== null);
}
