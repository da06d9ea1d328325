/**
 * Insights for many owners at once: aggregate in SQL (six set-based
 * statements whatever the number of owners), diagnose in a pure function, and
 * shape the funnel, the per-kind table, the weekly series and this week's
 * targets. The insights route asks for one owner; the coach roster for a
 * whole caseload. Both go through InsightsCache.
 */
import type { TInsights, TWeeklyTargets } from "@traction/schemas";
import { allQueries, type DbClient } from "../records/db-client.ts";
import { collectMetrics } from "./collect-metrics.ts";
import { diagnose } from "./diagnose.ts";
import type { InsightMetrics } from "./metrics.ts";
import type { InsightsCache } from "./insights-cache.ts";
import type { Period } from "./period.ts";
import { THRESHOLDS } from "./thresholds.ts";
import { loadWeeklyTargets, thisWeek } from "./weekly-targets.ts";

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function computeInsights(
  db: DbClient,
  ownerIds: readonly string[],
  period: Period,
): Promise<Map<string, TInsights>> {
  if (ownerIds.length === 0) return new Map();
  const [metrics, targets] = await allQueries(db, [
    () => collectMetrics(db, ownerIds, period, THRESHOLDS),
    () => loadWeeklyTargets(db, ownerIds),
  ] as const);
  return new Map(ownerIds.map((ownerId) => [ownerId, shape(period, metrics.get(ownerId)!, targets.get(ownerId)!)]));
}

/** The funnel of `GET /insights`, from one owner's metrics. */
export function funnelOf(metrics: InsightMetrics): TInsights["funnel"] {
  return {
    hours: round(metrics.totalHours),
    newContacts: metrics.newContacts,
    conversations: metrics.conversations,
    oneOnOnes: metrics.oneOnOnesDone,
    leads: metrics.leads,
    interviews: metrics.interviews,
    offers: metrics.offers,
  };
}

function shape(period: Period, metrics: InsightMetrics, targets: TWeeklyTargets): TInsights {
  const { healthScore, healthBreakdown, flags, tips } = diagnose(metrics, THRESHOLDS);
  return {
    period: { from: period.from, to: period.to },
    healthScore,
    healthBreakdown,
    tips,
    flags,
    funnel: funnelOf(metrics),
    byVenueKind: metrics.byKind
      .map((kind) => ({
        kind: kind.kind,
        hours: round(kind.hours),
        events: kind.events,
        newContacts: kind.newContacts,
        leads: kind.leads,
        leadsPerHour: kind.hours > 0 ? round(kind.leads / kind.hours, 3) : null,
      }))
      .sort((a, b) => b.hours - a.hours || a.kind.localeCompare(b.kind)),
    weekly: metrics.weekly.map(({ conversationsMentioningSearch: _mentioned, ...week }) => ({
      ...week,
      hours: round(week.hours),
    })),
    targets: thisWeek(metrics, targets),
    lastActivityOn: metrics.lastActivityOn,
  };
}

/** One owner's insights over the query's period (default: the last 28 days up to their today), through the cache. */
export async function getInsights(
  cache: InsightsCache,
  ownerId: string,
  query: { from?: Date | undefined; to?: Date | undefined },
  now: Date = new Date(),
): Promise<TInsights> {
  return (await cache.forQuery([ownerId], query, now)).get(ownerId)!;
}
