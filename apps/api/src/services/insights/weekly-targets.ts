import { Prisma, queryRows } from "@traction/db";
import { DEFAULT_WEEKLY_TARGETS, type TInsights, type TWeeklyTargets } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import type { InsightMetrics } from "./metrics.ts";
import { mondayOf } from "./period.ts";

/** Each owner's weekly targets from their plan, or the defaults. One query for all owners. */
export async function loadWeeklyTargets(db: DbClient, ownerIds: readonly string[]): Promise<Map<string, TWeeklyTargets>> {
  const plans = await queryRows<TWeeklyTargets & { ownerId: string }>(db, Prisma.sql`
    SELECT "ownerId"::text AS "ownerId", "targetEvents" AS events, "targetNewContacts" AS "newContacts",
      "targetOneOnOnes" AS "oneOnOnes", "targetConversationsMentioningSearchPct" AS "conversationsMentioningSearchPct"
    FROM "Plan" WHERE "ownerId" = ANY(${[...ownerIds]}::uuid[])`);
  const byOwner = new Map<string, TWeeklyTargets>(
    plans.map(({ ownerId, ...targets }) => [ownerId, targets]),
  );
  return new Map(ownerIds.map((id) => [id, byOwner.get(id) ?? DEFAULT_WEEKLY_TARGETS]));
}

/** This week (the week of the period's "now") against the targets; the targets never change a tip's status. */
export function thisWeek(metrics: InsightMetrics, targets: TWeeklyTargets): TInsights["targets"] {
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
