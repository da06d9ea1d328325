/**
 * GET /insights: aggregate in SQL, diagnose in a pure function, and shape the
 * funnel, the per-kind table, the weekly series and this week's targets.
 */
import { DEFAULT_WEEKLY_TARGETS, type TInsights, type TWeeklyTargets } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { collectMetrics } from "./collect-metrics.ts";
import { diagnose } from "./diagnose.ts";
import type { InsightMetrics } from "./metrics.ts";
import { mondayOf, resolvePeriod } from "./period.ts";
import { THRESHOLDS } from "./thresholds.ts";

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

async function weeklyTargets(db: DbClient, ownerId: string): Promise<TWeeklyTargets> {
  const plan = await db.plan.findUnique({ where: { ownerId } });
  if (!plan) return DEFAULT_WEEKLY_TARGETS;
  return {
    events: plan.targetEvents,
    newContacts: plan.targetNewContacts,
    oneOnOnes: plan.targetOneOnOnes,
    conversationsMentioningSearchPct: plan.targetConversationsMentioningSearchPct,
  };
}

function thisWeek(metrics: InsightMetrics, targets: TWeeklyTargets): TInsights["targets"] {
  const weekStart = mondayOf(metrics.asOf);
  const week = metrics.weekly.find((row) => row.weekStart.getTime() === weekStart.getTime());
  const mentionPct =
    week && week.conversations > 0 ? Math.round((100 * week.conversationsMentioningSearch) / week.conversations) : 0;
  return {
    weekStart,
    events: { target: targets.events, actual: week?.events ?? 0 },
    newContacts: { target: targets.newContacts, actual: week?.newContacts ?? 0 },
    oneOnOnes: { target: targets.oneOnOnes, actual: week?.oneOnOnes ?? 0 },
    conversationsMentioningSearchPct: { target: targets.conversationsMentioningSearchPct, actual: mentionPct },
  };
}

export async function getInsights(
  db: DbClient,
  ownerId: string,
  query: { from?: Date | undefined; to?: Date | undefined },
  now: Date = new Date(),
): Promise<TInsights> {
  const period = resolvePeriod(query, now);
  const [metrics, targets] = await Promise.all([collectMetrics(db, ownerId, period, THRESHOLDS), weeklyTargets(db, ownerId)]);
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
    targets: thisWeek(metrics, targets),
    lastActivityOn: metrics.lastActivityOn,
  };
}
