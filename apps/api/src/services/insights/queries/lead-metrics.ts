/**
 * Leads created in the period by venue kind (through their source contact's
 * met-at event) and by week, for many owners in one statement.
 */
import { Prisma, queryRows, type VenueKind } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import { BY, type PeriodParams, perOwner } from "./params.ts";

export interface LeadMetrics {
  leads: number;
  byKind: Array<{ kind: VenueKind; leads: number }>;
  byWeek: Array<{ week: Date; leads: number }>;
}

interface Row {
  owner_id: string;
  kind: VenueKind | null;
  week: Date | null;
  grouping: number;
  leads: number;
}

export const EMPTY_LEAD_METRICS: LeadMetrics = { leads: 0, byKind: [], byWeek: [] };

export async function leadMetrics(db: DbClient, p: PeriodParams): Promise<Map<string, LeadMetrics>> {
  const { week, grouping, sets } = p.groups(Prisma.sql`day`, Prisma.sql`kind`);
  const rows = await queryRows<Row>(db, Prisma.sql`
    WITH period_leads AS (
      SELECT l."ownerId" AS owner_id, (l."createdAt" AT TIME ZONE ${p.tz})::date AS day,
        -- The source contact's met-at venue, looked up by key for the period's leads only.
        (SELECT v.kind FROM "Contact" k JOIN "Event" ev ON ev.id = k."metAtEventId" JOIN "Venue" v ON v.id = ev."venueId"
          WHERE k.id = l."sourceContactId" AND k."ownerId" = l."ownerId" AND ev."ownerId" = l."ownerId"
            AND v."ownerId" = l."ownerId") AS kind
      FROM "Lead" l
      WHERE l."ownerId" = ANY(${p.owners}) AND l."createdAt" >= ${p.fromTs} AND l."createdAt" < ${p.toTsExclusive}
    )
    SELECT owner_id::text, kind, ${week} AS week, ${grouping}::int AS grouping, COUNT(*)::int AS leads
    FROM period_leads
    GROUP BY ${sets}`,
    // One generic plan serves one owner and 500, a month and a year, with no planning per request (decision 25).
    { prepared: true },
  );
  const result = new Map<string, LeadMetrics>();
  for (const [owner, ownRows] of perOwner(rows)) {
    result.set(owner, {
      leads: ownRows.find((row) => row.grouping === BY.total)?.leads ?? 0,
      byKind: ownRows
        .filter((row) => row.grouping === BY.kind && row.kind !== null)
        .map((row) => ({ kind: row.kind!, leads: row.leads })),
      byWeek: ownRows.filter((row) => row.grouping === BY.week).map((row) => ({ week: row.week!, leads: row.leads })),
    });
  }
  return result;
}
