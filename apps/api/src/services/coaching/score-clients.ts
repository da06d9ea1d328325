/**
 * What the roster shows of each client — health score, flags, last activity
 * and this week against their targets — taken from their insights over the
 * default period. The insights of the whole caseload come from one set-based
 * computation (six statements whatever their number), through the cache.
 */
import type { TRosterEntry } from "@traction/schemas";
import type { InsightsCache } from "../insights/insights-cache.ts";

export type ClientScore = Pick<TRosterEntry, "healthScore" | "flags" | "lastActivityOn" | "targets">;

export async function scoreClients(
  insights: InsightsCache,
  clientIds: readonly string[],
  now: Date = new Date(),
): Promise<Map<string, ClientScore>> {
  // Each client's default period, in the client's own time zone.
  const all = await insights.forQuery(clientIds, {}, now);
  return new Map(
    [...all].map(([clientId, { healthScore, flags, lastActivityOn, targets }]) => [
      clientId,
      { healthScore, flags, lastActivityOn, targets },
    ]),
  );
}
