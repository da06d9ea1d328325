/**
 * GET /coach/clients: every active client with their health, flags, last
 * activity and this week against their targets, most in need first.
 *
 * Set-based: the insight aggregation runs once for the whole caseload (six
 * statements whatever its size) and the diagnosis is pure, so nothing here
 * grows with the number of clients but the in-memory sort.
 */
import type { TRosterEntry, TRosterQuery } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { collectMetrics } from "../insights/collect-metrics.ts";
import { diagnose } from "../insights/diagnose.ts";
import { resolvePeriod } from "../insights/period.ts";
import { THRESHOLDS } from "../insights/thresholds.ts";
import { loadWeeklyTargets, thisWeek } from "../insights/weekly-targets.ts";
import type { Page } from "../records/keyset-page.ts";
import { needPage } from "./roster-order.ts";

export async function getRoster(
  db: DbClient,
  coachId: string,
  query: TRosterQuery,
  now: Date = new Date(),
): Promise<Page<TRosterEntry>> {
  const links = await db.coachLink.findMany({
    where: {
      coachId,
      status: "ACTIVE",
      ...(query.q ? { client: { name: { contains: query.q, mode: "insensitive" as const } } } : {}),
    },
    select: { id: true, client: { select: { id: true, name: true } } },
  });
  if (links.length === 0) return { data: [], nextCursor: null };

  const clientIds = links.map((link) => link.client.id);
  const [metrics, targets] = await Promise.all([
    collectMetrics(db, clientIds, resolvePeriod({}, now), THRESHOLDS),
    loadWeeklyTargets(db, clientIds),
  ]);
  const entries = links.map((link): TRosterEntry => {
    const clientMetrics = metrics.get(link.client.id)!;
    const { healthScore, flags } = diagnose(clientMetrics, THRESHOLDS);
    return {
      client: link.client,
      linkId: link.id,
      healthScore,
      flags,
      lastActivityOn: clientMetrics.lastActivityOn,
      targets: thisWeek(clientMetrics, targets.get(link.client.id)!),
    };
  });
  const wanted = query.flag ? entries.filter((entry) => entry.flags.includes(query.flag!)) : entries;
  const needOf = (entry: TRosterEntry) => ({ ...entry, clientId: entry.client.id });
  return needPage(wanted, needOf, query.limit, query.cursor);
}
