/**
 * What the roster shows of each client — health score, flags, last activity
 * and this week against their targets — for many clients at once. Set-based:
 * the insight aggregation runs once for all of them (six statements whatever
 * their number) and the diagnosis is pure.
 */
import type { TRosterEntry } from "@traction/schemas";
import { collectMetrics } from "../insights/collect-metrics.ts";
import { diagnose } from "../insights/diagnose.ts";
import { resolvePeriod } from "../insights/period.ts";
import { THRESHOLDS } from "../insights/thresholds.ts";
import { loadWeeklyTargets, thisWeek } from "../insights/weekly-targets.ts";
import type { DbClient } from "../records/db-client.ts";

export type ClientScore = Pick<TRosterEntry, "healthScore" | "flags" | "lastActivityOn" | "targets">;

export async function scoreClients(
  db: DbClient,
  clientIds: readonly string[],
  now: Date = new Date(),
): Promise<Map<string, ClientScore>> {
  if (clientIds.length === 0) return new Map();
  const [metrics, targets] = await Promise.all([
    collectMetrics(db, clientIds, resolvePeriod({}, now), THRESHOLDS),
    loadWeeklyTargets(db, clientIds),
  ]);
  return new Map(
    clientIds.map((clientId) => {
      const clientMetrics = metrics.get(clientId)!;
      const { healthScore, flags } = diagnose(clientMetrics, THRESHOLDS);
      const score: ClientScore = {
        healthScore,
        flags,
        lastActivityOn: clientMetrics.lastActivityOn,
        targets: thisWeek(clientMetrics, targets.get(clientId)!),
      };
      return [clientId, score];
    }),
  );
}
