/**
 * Leads created in the period by venue kind (through their source contact's
 * met-at event) and by week; interviews and offers reached in the period (from
 * the stage history, so a lead later lost still counts); the last activity.
 */
import { Prisma, type VenueKind } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import { type PeriodParams, weekOf } from "./params.ts";

export interface LeadMetrics {
  leads: number;
  interviews: number;
  offers: number;
  byKind: Array<{ kind: VenueKind; leads: number }>;
  byWeek: Array<{ week: Date; leads: number }>;
  lastActivityOn: Date | null;
}

interface Row {
  kind: VenueKind | null;
  week: Date | null;
  grouping: number;
  leads: number;
  interviews: number;
  offers: number;
  last_activity: Date | null;
}

export async function leadMetrics(db: DbClient, p: PeriodParams): Promise<LeadMetrics> {
  const createdDay = Prisma.sql`(l."createdAt" AT TIME ZONE 'UTC')::date`;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH period_leads AS (
      SELECT v.kind, ${createdDay} AS day
      FROM "Lead" l
      LEFT JOIN "Contact" k ON k.id = l."sourceContactId"
      LEFT JOIN "Event" ev ON ev.id = k."metAtEventId"
      LEFT JOIN "Venue" v ON v.id = ev."venueId"
      WHERE l."ownerId" = ${p.owner} AND l."createdAt" >= ${p.fromTs} AND l."createdAt" < ${p.toTsExclusive}
    ),
    grouped AS (
      SELECT kind, ${weekOf(Prisma.sql`day`)} AS week, GROUPING(kind, ${weekOf(Prisma.sql`day`)})::int AS grouping, COUNT(*)::int AS leads
      FROM period_leads
      GROUP BY GROUPING SETS ((), (kind), (${weekOf(Prisma.sql`day`)}))
    ),
    reached AS (
      SELECT
        COUNT(DISTINCT s."leadId") FILTER (WHERE s.stage IN ('INTERVIEW', 'OFFER', 'HIRED'))::int AS interviews,
        COUNT(DISTINCT s."leadId") FILTER (WHERE s.stage IN ('OFFER', 'HIRED'))::int AS offers
      FROM "LeadStageChange" s JOIN "Lead" l ON l.id = s."leadId"
      WHERE l."ownerId" = ${p.owner} AND s."changedAt" >= ${p.fromTs} AND s."changedAt" < ${p.toTsExclusive}
    ),
    activity AS (
      SELECT GREATEST(
        (SELECT MAX(date) FROM "Event" WHERE "ownerId" = ${p.owner} AND date <= ${p.to}),
        (SELECT MAX(date) FROM "Conversation" WHERE "ownerId" = ${p.owner} AND date <= ${p.to}),
        (SELECT MAX(("scheduledAt" AT TIME ZONE 'UTC')::date) FROM "Meeting"
          WHERE "ownerId" = ${p.owner} AND status = 'DONE' AND "scheduledAt" < ${p.toTsExclusive}),
        (SELECT MAX(("createdAt" AT TIME ZONE 'UTC')::date) FROM "Contact" WHERE "ownerId" = ${p.owner} AND "createdAt" < ${p.toTsExclusive}),
        (SELECT MAX(("createdAt" AT TIME ZONE 'UTC')::date) FROM "Lead" WHERE "ownerId" = ${p.owner} AND "createdAt" < ${p.toTsExclusive}),
        (SELECT MAX("publishedOn") FROM "Post" WHERE "ownerId" = ${p.owner} AND "publishedOn" <= ${p.to})
      ) AS last_activity
    )
    SELECT grouped.*, reached.interviews, reached.offers, activity.last_activity
    FROM grouped, reached, activity`);
  const total = rows.find((row) => row.grouping === 3)!;
  return {
    leads: total.leads,
    interviews: total.interviews,
    offers: total.offers,
    byKind: rows.filter((row) => row.grouping === 1 && row.kind !== null).map((row) => ({ kind: row.kind!, leads: row.leads })),
    byWeek: rows.filter((row) => row.grouping === 2).map((row) => ({ week: row.week!, leads: row.leads })),
    lastActivityOn: total.last_activity,
  };
}
