/**
 * GET /insights: aggregate in SQL, diagnose in a pure function, and shape the
 * funnel, the per-kind table, the weekly series and this week's targets.
 */
import type { TInsights } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { collectMetrics } from "./collect-metrics.ts";
import { diagnose } from "./diagnose.ts";
import { resolvePeriod } from "./period.ts";
import { THRESHOLDS } from "./thresholds.ts";
import { loadWeeklyTargets, thisWeek } from "./weekly-targets.ts";

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function getInsights(
  db: DbClient,
  ownerId: string,
  query: { from?: Date | undefined; to?: Date | undefined },
  now: Date = new Date(),
): Promise<TInsights> {
  const period = resolvePeriod(query, now);
  const [all, targets] = await Promise.all([collectMetrics(db, [ownerId], period, THRESHOLDS), loadWeeklyTargets(db, [ownerId])]);
  const metrics = all.get(ownerId)!;
  const { healthScore, flags, tips } = diagnose(metrics, THRESHOLDS);
  return {
    period: { from: period.from, to: period.to },
    healthScore,
    tips,
    flags,
    funnel: {
      hours: round(metrics.totalHours),
      newContacts: metrics.newContacts,
      conversations: metrics.conversations,
      oneOnOnes: metrics.oneOnOnesDone,
      leads: metrics.leads,
      interviews: metrics.interviews,
      offers: metrics.offers,
    },
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
    targets: thisWeek(metrics, targets.get(ownerId)!),
    lastActivityOn: metrics.lastActivityOn,
  };
}
