/** Hours and events by venue kind and by week, new venues, and support-group evidence: one statement. */
import { Prisma, type VenueKind } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import { type PeriodParams, weekOf } from "./params.ts";

export interface EventMetrics {
  byKind: Array<{ kind: VenueKind; hours: number; events: number; behindTheScenesHours: number }>;
  byWeek: Array<{ week: Date; hours: number; events: number }>;
  newVenueIds: string[];
  supportGroupEventIds: string[];
}

interface Row {
  kind: VenueKind | null;
  week: Date | null;
  grouping: number;
  hours: number;
  events: number;
  behind: number;
  new_venue_ids: string[] | null;
  support_ids: string[] | null;
}

export async function eventMetrics(db: DbClient, p: PeriodParams): Promise<EventMetrics> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH period_events AS (
      SELECT e.id, e.date, e.hours, e.visibility, e."venueId", v.kind
      FROM "Event" e JOIN "Venue" v ON v.id = e."venueId"
      WHERE e."ownerId" = ${p.owner} AND e.date BETWEEN ${p.from} AND ${p.to}
    ),
    grouped AS (
      SELECT kind, ${weekOf(Prisma.sql`date`)} AS week, GROUPING(kind, ${weekOf(Prisma.sql`date`)})::int AS grouping,
             SUM(hours)::float8 AS hours, COUNT(*)::int AS events,
             COALESCE(SUM(hours) FILTER (WHERE visibility = 'BEHIND_THE_SCENES'), 0)::float8 AS behind
      FROM period_events
      GROUP BY GROUPING SETS ((), (kind), (${weekOf(Prisma.sql`date`)}))
    )
    SELECT grouped.*,
      ARRAY(
        SELECT DISTINCT pe."venueId"::text FROM period_events pe
        WHERE NOT EXISTS (SELECT 1 FROM "Event" older WHERE older."venueId" = pe."venueId" AND older.date < ${p.from})
      ) AS new_venue_ids,
      ARRAY(
        SELECT pe.id::text FROM period_events pe WHERE pe.kind = 'JOBSEEKER_SUPPORT_GROUP' ORDER BY pe.date DESC, pe.id LIMIT 10
      ) AS support_ids
    FROM grouped`);
  // GROUPING(kind, week): 3 = the grand total (always present), 1 = by kind, 2 = by week.
  const total = rows.find((row) => row.grouping === 3);
  return {
    byKind: rows
      .filter((row) => row.grouping === 1)
      .map((row) => ({ kind: row.kind!, hours: row.hours, events: row.events, behindTheScenesHours: row.behind })),
    byWeek: rows.filter((row) => row.grouping === 2).map((row) => ({ week: row.week!, hours: row.hours, events: row.events })),
    newVenueIds: total?.new_venue_ids ?? [],
    supportGroupEventIds: total?.support_ids ?? [],
  };
}
