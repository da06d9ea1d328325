/**
 * Scores the roster's stale clients and stores them in `RosterScore`: health
 * score, flags, last activity and this week against their targets, taken from
 * their insights over the default period in their own time zone. The insights
 * of all of them come from one set-based computation (six statements whatever
 * their number, through the insights cache), and the rows are written by one
 * statement; concurrent requests that find the same clients stale (at the
 * same versions, zones and days) share one scoring.
 *
 * Each row is stored under the data version and time zone read before the
 * computation started, and the day it was computed for: if a write or a
 * time-zone change lands meanwhile, the row is already stale on the next read
 * and is computed again, so nothing written is ever hidden for longer than the
 * request that raced it.
 */
import { dayIn, ZRosterEntrySchema } from "@traction/schemas";
import { z } from "zod";
import type { InsightsCache } from "../insights/insights-cache.ts";
import { isoDate } from "../insights/queries/params.ts";
import type { DbClient } from "../records/db-client.ts";
import type { StaleClient } from "./roster-links.ts";

/** Scorings under way, per database client: concurrent requests finding the same clients stale share one. */
const inFlight = new WeakMap<DbClient, Map<string, Promise<void>>>();

export function scoreClients(
  db: DbClient,
  insights: InsightsCache,
  stale: readonly StaleClient[],
  now: Date = new Date(),
): Promise<void> {
  if (stale.length === 0) return Promise.resolve();
  // What is computed and stored: each client at their version, in their zone, on their day there.
  const key = stale
    .map(({ clientId, version, timeZone }) => `${clientId}=${version}@${timeZone}/${isoDate(dayIn(timeZone, now))}`)
    .sort()
    .join(",");
  let pending = inFlight.get(db);
  if (!pending) inFlight.set(db, (pending = new Map()));
  const running = pending.get(key);
  if (running) return running;
  const scoring = computeAndStore(db, insights, stale, now).finally(() => pending.delete(key));
  pending.set(key, scoring);
  return scoring;
}

async function computeAndStore(
  db: DbClient,
  insights: InsightsCache,
  stale: readonly StaleClient[],
  now: Date,
): Promise<void> {
  // Each client's default period, in the client's own time zone.
  const computed = await insights.forQuery(
    stale.map((client) => client.clientId),
    {},
    now,
  );
  const rows = stale.flatMap(({ clientId, version, timeZone }) => {
    const score = computed.get(clientId);
    if (!score) return [];
    return [
      {
        client: clientId,
        version,
        zone: timeZone,
        as_of: isoDate(score.period.to),
        health: score.healthScore,
        flags: score.flags,
        last_activity: score.lastActivityOn && isoDate(score.lastActivityOn),
        targets: z.encode(ZRosterEntrySchema.shape.targets, score.targets),
      },
    ];
  });
  // In client order, so that two requests storing overlapping sets lock their rows in the same order.
  await db.$executeRaw`
    INSERT INTO "RosterScore" ("clientId", version, "timeZone", "asOf", "dayStart", "dayEnd",
                               "healthScore", flags, "lastActivityOn", targets, "computedAt")
    SELECT s.client, s.version, s.zone, s.as_of,
           s.as_of::timestamp AT TIME ZONE s.zone, (s.as_of + 1)::timestamp AT TIME ZONE s.zone,
           s.health, ARRAY(SELECT jsonb_array_elements_text(s.flags)), s.last_activity, s.targets, now()
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS s(client uuid, version bigint, zone text, as_of date, health int, flags jsonb, last_activity date, targets jsonb)
    WHERE EXISTS (SELECT 1 FROM "User" u WHERE u.id = s.client)
    ORDER BY s.client
    ON CONFLICT ("clientId") DO UPDATE SET
      version = EXCLUDED.version, "timeZone" = EXCLUDED."timeZone", "asOf" = EXCLUDED."asOf",
      "dayStart" = EXCLUDED."dayStart", "dayEnd" = EXCLUDED."dayEnd", "healthScore" = EXCLUDED."healthScore",
      flags = EXCLUDED.flags, "lastActivityOn" = EXCLUDED."lastActivityOn", targets = EXCLUDED.targets,
      "computedAt" = EXCLUDED."computedAt"`;
}
