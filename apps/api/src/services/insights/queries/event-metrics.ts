/** Hours and events by venue kind and by week, new venues, and support-group evidence, for many owners in one statement. */
import { Prisma, queryRows, type VenueKind } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import { BY, type PeriodParams, perOwner } from "./params.ts";

export interface EventMetrics {
  byKind: Array<{
    kind: VenueKind;
    hours: number;
    events: number;
    behindTheScenesHours: number;
    frontFacingHours: number;
    withLeadershipHours: number;
  }>;
  byWeek: Array<{ week: Date; hours: number; events: number }>;
  newVenueIds: string[];
  supportGroupEventIds: string[];
}

interface Row {
  owner_id: string;
  kind: VenueKind | null;
  week: Date | null;
  grouping: number;
  hours: number;
  events: number;
  behind: number;
  front: number;
  leadership: number;
  new_venue_ids: string[] | null;
  support_ids: string[] | null;
}

export const EMPTY_EVENT_METRICS: EventMetrics = { byKind: [], byWeek: [], newVenueIds: [], supportGroupEventIds: [] };

export async function eventMetrics(db: DbClient, p: PeriodParams): Promise<Map<string, EventMetrics>> {
  const { week, grouping, sets } = p.groups(Prisma.sql`date`, Prisma.sql`kind`);
  const rows = await queryRows<Row>(db, Prisma.sql`
    WITH period_events AS (
      SELECT e.id, e."ownerId" AS owner_id, e.date, e.hours, e.visibility, e."venueId", v.kind
      FROM "Event" e JOIN "Venue" v ON v.id = e."venueId" AND v."ownerId" = ANY(${p.owners})
      WHERE e."ownerId" = ANY(${p.owners}) AND e.date BETWEEN ${p.from} AND ${p.to}
    ),
    grouped AS (
      SELECT owner_id, kind, ${week} AS week, ${grouping}::int AS grouping,
             SUM(hours)::float8 AS hours, COUNT(*)::int AS events,
             COALESCE(SUM(hours) FILTER (WHERE visibility = 'BEHIND_THE_SCENES'), 0)::float8 AS behind,
             COALESCE(SUM(hours) FILTER (WHERE visibility = 'FRONT_FACING'), 0)::float8 AS front,
             COALESCE(SUM(hours) FILTER (WHERE visibility = 'WITH_LEADERSHIP'), 0)::float8 AS leadership
      FROM period_events
      GROUP BY ${sets}
    ),
    -- Venues whose first event ever falls in the period: those with an event in it and none before it
    -- (one probe of "Event" (venueId, date) per venue in play, not a scan of the owners' whole history).
    new_venues AS (
      SELECT owner_id, array_agg("venueId"::text ORDER BY "venueId") AS ids FROM (
        -- OFFSET 0 keeps the DISTINCT first: one probe per venue, not one per event.
        SELECT DISTINCT pe.owner_id, pe."venueId" FROM period_events pe OFFSET 0
      ) in_play
      WHERE NOT EXISTS (SELECT 1 FROM "Event" b WHERE b."venueId" = in_play."venueId" AND b.date < ${p.from})
      GROUP BY owner_id
    ),
    support AS (
      SELECT owner_id, (array_agg(id::text ORDER BY date DESC, id))[1:10] AS ids
      FROM period_events WHERE kind = 'JOBSEEKER_SUPPORT_GROUP' AND ${!p.lean} GROUP BY owner_id
    )
    SELECT g.owner_id::text, g.kind, g.week, g.grouping, g.hours, g.events, g.behind, g.front, g.leadership,
      nv.ids AS new_venue_ids, s.ids AS support_ids
    FROM grouped g
    LEFT JOIN new_venues nv ON nv.owner_id = g.owner_id AND g.grouping = ${BY.total}
    LEFT JOIN support s ON s.owner_id = g.owner_id AND g.grouping = ${BY.total}`);
  const result = new Map<string, EventMetrics>();
  for (const [owner, ownRows] of perOwner(rows)) {
    const total = ownRows.find((row) => row.grouping === BY.total);
    result.set(owner, {
      byKind: ownRows
        .filter((row) => row.grouping === BY.kind)
        .map((row) => ({
          kind: row.kind!,
          hours: row.hours,
          events: row.events,
          behindTheScenesHours: row.behind,
          frontFacingHours: row.front,
          withLeadershipHours: row.leadership,
        })),
      byWeek: ownRows
        .filter((row) => row.grouping === BY.week)
        .map((row) => ({ week: row.week!, hours: row.hours, events: row.events })),
      newVenueIds: total?.new_venue_ids ?? [],
      supportGroupEventIds: total?.support_ids ?? [],
    });
  }
  return result;
}
