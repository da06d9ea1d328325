/**
 * What a week looked like when it was reviewed: its insights (computed by the
 * one service that assembles insights, over the week's seven days), reduced to
 * the numbers, the plan's targets, the tips' statuses and the findings.
 */
import { ZReviewSnapshotSchema, type TInsights, type TReviewSnapshot } from "@traction/schemas";
import type { Prisma } from "@traction/db";
import { z } from "zod";
import { computeInsights } from "../insights/get-insights.ts";
import { addDays, resolvePeriod } from "../insights/period.ts";
import type { DbClient } from "../records/db-client.ts";

export function snapshotOf(insights: TInsights): TReviewSnapshot {
  const { funnel, targets } = insights;
  return {
    period: insights.period,
    healthScore: insights.healthScore,
    flags: [...insights.flags],
    week: {
      events: insights.byVenueKind.reduce((sum, kind) => sum + kind.events, 0),
      hours: funnel.hours,
      newContacts: funnel.newContacts,
      conversations: funnel.conversations,
      conversationsMentioningSearchPct: targets.conversationsMentioningSearchPct.actual,
      oneOnOnes: funnel.oneOnOnes,
      leads: funnel.leads,
    },
    targets: {
      events: targets.events,
      newContacts: targets.newContacts,
      oneOnOnes: targets.oneOnOnes,
      conversationsMentioningSearchPct: targets.conversationsMentioningSearchPct,
    },
    tips: insights.tips.map((tip) => ({ tip: tip.tip, status: tip.status })),
    findings: insights.tips.flatMap((tip) =>
      tip.findings.map((finding) => ({
        tip: tip.tip,
        code: finding.code,
        severity: finding.severity,
        message: finding.message,
        recommendation: finding.recommendation,
        evidence: finding.evidence,
      })),
    ),
  };
}

/** The week starting on `weekStart` (Monday to Sunday), as JSON ready to store. */
export async function weekSnapshot(
  db: DbClient,
  ownerId: string,
  weekStart: Date,
  now: Date = new Date(),
): Promise<Prisma.InputJsonValue> {
  const period = resolvePeriod({ from: weekStart, to: addDays(weekStart, 6) }, now);
  const insights = (await computeInsights(db, [ownerId], period)).get(ownerId)!;
  return z.encode(ZReviewSnapshotSchema, snapshotOf(insights)) as Prisma.InputJsonValue;
}
