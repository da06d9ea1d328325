/**
 * `insights.flag_raised`: insight flags are computed, not stored, so a
 * scheduled job diagnoses every user who has a webhook for this event (set-
 * based, a chunk of users at a time), compares with the flags seen last time
 * and, in one transaction per chunk, stores the new state and writes one
 * event per flag that was not raised before. A flag that clears and comes
 * back is raised again.
 */
import type { Database } from "@traction/db";
import { computeInsights } from "../insights/get-insights.ts";
import { byTimeZone, timeZones } from "../insights/data-versions.ts";
import { resolvePeriod } from "../insights/period.ts";
import { emitEvent } from "./emit-event.ts";

const CHUNK = 200;

/** Returns the number of flag events written. */
export async function raiseFlagEvents(db: Database, now: Date = new Date()): Promise<number> {
  const owners = await db.$queryRaw<Array<{ ownerId: string }>>`
    SELECT DISTINCT "ownerId"::text AS "ownerId" FROM "Webhook" WHERE 'insights.flag_raised' = ANY(events)`;
  let raised = 0;
  for (let start = 0; start < owners.length; start += CHUNK) {
    const ids = owners.slice(start, start + CHUNK).map((owner) => owner.ownerId);
    // Each owner's default period ends on their own today: owners sharing a time zone are computed together.
    const zones = await timeZones(db, ids);
    const byZone = byTimeZone(ids, zones);
    const periods = new Map([...byZone.keys()].map((zone) => [zone, resolvePeriod({}, now, zone)]));
    const parts = await Promise.all([...byZone].map(([zone, owners]) => computeInsights(db, owners, periods.get(zone)!)));
    const insights = new Map(parts.flatMap((part) => [...part]));
    raised += await db.$transaction(async (tx) => {
      const previous = await tx.insightsFlagState.findMany({ where: { ownerId: { in: ids } } });
      const before = new Map(previous.map((state) => [state.ownerId, new Set(state.flags)]));
      let written = 0;
      for (const ownerId of ids) {
        const { flags, healthScore } = insights.get(ownerId)!;
        const period = periods.get(zones.get(ownerId) ?? "UTC")!;
        await tx.insightsFlagState.upsert({ where: { ownerId }, create: { ownerId, flags }, update: { flags } });
        for (const flag of flags.filter((flag) => !before.get(ownerId)?.has(flag))) {
          await emitEvent(tx, ownerId, "insights.flag_raised", {
            flag,
            healthScore,
            period: { from: period.from.toISOString().slice(0, 10), to: period.to.toISOString().slice(0, 10) },
          });
          written += 1;
        }
      }
      return written;
    });
  }
  return raised;
}
