/**
 * One row per owner of figures that are not grouped by kind or week: the
 * network's size and insiders, posts, one-on-ones scheduled, overdue
 * follow-ups, interviews and offers reached, and the last activity. One
 * statement; each figure an indexed subquery.
 */
import { Prisma } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import type { PeriodParams } from "./params.ts";

export interface OwnerMetrics {
  totalContacts: number;
  targetCompanies: number;
  targetCompaniesWithInsider: number;
  postsPublished: number;
  oneOnOnesScheduled: number;
  overdueFollowUps: number;
  overdueFollowUpIds: string[];
  oldestOverdueOn: Date | null;
  interviews: number;
  offers: number;
  lastActivityOn: Date | null;
}

interface Row {
  owner_id: string;
  total_contacts: number;
  companies: number;
  companies_with_insider: number;
  posts: number;
  scheduled: number;
  overdue: number;
  overdue_ids: string[];
  oldest_overdue: Date | null;
  interviews: number;
  offers: number;
  last_activity: Date | null;
}

export async function ownerMetrics(db: DbClient, p: PeriodParams): Promise<Map<string, OwnerMetrics>> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT o.id::text AS owner_id,
      (SELECT COUNT(*) FROM "Contact" WHERE "ownerId" = o.id)::int AS total_contacts,
      (SELECT COUNT(*) FROM "Company" WHERE "ownerId" = o.id)::int AS companies,
      (SELECT COUNT(*) FROM "Company" co WHERE co."ownerId" = o.id AND EXISTS (
        SELECT 1 FROM "Contact" k WHERE k."companyId" = co.id AND k.relationship IN ('INSIDER', 'CONNECTOR')
      ))::int AS companies_with_insider,
      (SELECT COUNT(*) FROM "Post" WHERE "ownerId" = o.id AND "publishedOn" BETWEEN ${p.from} AND ${p.to})::int AS posts,
      (SELECT COUNT(*) FROM "Meeting" WHERE "ownerId" = o.id AND status = 'SCHEDULED'
        AND ("scheduledAt" IS NULL OR "scheduledAt" >= ${p.fromTs}))::int AS scheduled,
      (SELECT COUNT(*) FROM "Task" WHERE "ownerId" = o.id AND NOT done AND "dueOn" < ${p.asOf})::int AS overdue,
      ARRAY(SELECT id::text FROM "Task" WHERE "ownerId" = o.id AND NOT done AND "dueOn" < ${p.asOf}
        ORDER BY "dueOn", id LIMIT 10) AS overdue_ids,
      (SELECT MIN("dueOn") FROM "Task" WHERE "ownerId" = o.id AND NOT done AND "dueOn" < ${p.asOf}) AS oldest_overdue,
      reached.interviews, reached.offers,
      GREATEST(
        (SELECT MAX(date) FROM "Event" WHERE "ownerId" = o.id AND date <= ${p.to}),
        (SELECT MAX(date) FROM "Conversation" WHERE "ownerId" = o.id AND date <= ${p.to}),
        (SELECT MAX(("scheduledAt" AT TIME ZONE ${p.tz})::date) FROM "Meeting"
          WHERE "ownerId" = o.id AND status = 'DONE' AND "scheduledAt" < ${p.toTsExclusive}),
        (SELECT MAX(("createdAt" AT TIME ZONE ${p.tz})::date) FROM "Contact" WHERE "ownerId" = o.id AND "createdAt" < ${p.toTsExclusive}),
        (SELECT MAX(("createdAt" AT TIME ZONE ${p.tz})::date) FROM "Lead" WHERE "ownerId" = o.id AND "createdAt" < ${p.toTsExclusive}),
        (SELECT MAX("publishedOn") FROM "Post" WHERE "ownerId" = o.id AND "publishedOn" <= ${p.to})
      ) AS last_activity
    FROM unnest(${p.owners}) AS o(id)
    CROSS JOIN LATERAL (
      -- From the stage history: a lead that reached interview and was later lost still counts.
      SELECT
        COUNT(DISTINCT s."leadId") FILTER (WHERE s.stage IN ('INTERVIEW', 'OFFER', 'HIRED'))::int AS interviews,
        COUNT(DISTINCT s."leadId") FILTER (WHERE s.stage IN ('OFFER', 'HIRED'))::int AS offers
      FROM "LeadStageChange" s JOIN "Lead" l ON l.id = s."leadId"
      WHERE l."ownerId" = o.id AND s."changedAt" >= ${p.fromTs} AND s."changedAt" < ${p.toTsExclusive}
    ) reached`);
  return new Map(
    rows.map((row) => [
      row.owner_id,
      {
        totalContacts: row.total_contacts,
        targetCompanies: row.companies,
        targetCompaniesWithInsider: row.companies_with_insider,
        postsPublished: row.posts,
        oneOnOnesScheduled: row.scheduled,
        overdueFollowUps: row.overdue,
        overdueFollowUpIds: row.overdue_ids,
        oldestOverdueOn: row.oldest_overdue,
        interviews: row.interviews,
        offers: row.offers,
        lastActivityOn: row.last_activity,
      },
    ]),
  );
}
