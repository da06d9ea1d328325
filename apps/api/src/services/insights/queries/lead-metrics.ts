/**
 * Leads created in the period by venue kind (through their source contact's
 * met-at event) and by week, for many owners in one statement.
 */
import { Prisma, type VenueKind } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import { BY, type PeriodParams, perOwner, weekOf } from "./params.ts";

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
  const week = weekOf(Prisma.sql`day`);
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH period_leads AS (
      SELECT l."ownerId" AS owner_id, v.kind, (l."createdAt" AT TIME ZONE ${p.tz})::date AS day
      FROM "Lead" l
      -- Joined rows are the owners' own: saying so lets PostgreSQL read only their rows.
      LEFT JOIN "Contact" k ON k.id = l."sourceContactId" AND k."ownerId" = ANY(${p.owners})
      LEFT JOIN "Event" ev ON ev.id = k."metAtEventId" AND ev."ownerId" = ANY(${p.owners})
      LEFT JOIN "Venue" v ON v.id = ev."venueId" AND v."ownerId" = ANY(${p.owners})
      WHERE l."ownerId" = ANY(${p.owners}) AND l."createdAt" >= ${p.fromTs} AND l."createdAt" < ${p.toTsExclusive}
    )
    SELECT owner_id::text, kind, ${week} AS week, GROUPING(kind, ${week})::int AS grouping, COUNT(*)::int AS leads
    FROM period_leads
    GROUP BY GROUPING SETS ((owner_id), (owner_id, kind), (owner_id, ${week}))`);
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
