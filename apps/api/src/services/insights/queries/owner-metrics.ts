/**
 * One row per owner of figures that are not grouped by kind or week: the
 * network's size and insiders, posts, one-on-ones scheduled, overdue
 * follow-ups, interviews and offers reached, and the last activity. One
 * statement: the counts grouped by owner over indexed ranges (one pass for a
 * whole caseload, not a subquery per owner and figure), the latest dates one
 * index probe per owner.
 */
import { Prisma, queryRows } from "@traction/db";
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
  // Each count as one column of a row per owner and table, summed per owner in one group: a join per count
  // would multiply the planner's row estimates until PostgreSQL JIT-compiles the statement (a second, measured).
  const counts = ["contacts", "companies", "insiders", "posts", "scheduled", "overdue", "interviews", "offers"] as const;
  const countOf = (table: string, where: Prisma.Sql, figures: Partial<Record<(typeof counts)[number], Prisma.Sql>>) =>
    Prisma.sql`SELECT "ownerId" AS owner_id, ${Prisma.join(
      counts.map((name) => Prisma.sql`${figures[name] ?? Prisma.sql`0`}::int AS ${Prisma.raw(name)}`),
    )} FROM ${Prisma.raw(`"${table}"`)} WHERE "ownerId" = ANY(${p.owners}) ${where} GROUP BY "ownerId"`;
  const overdue = Prisma.sql`"ownerId" = o.id AND NOT done AND "dueOn" < ${p.asOf}`;
  const rows = await queryRows<Row>(db, Prisma.sql`
    WITH figures AS (
      ${countOf("Contact", Prisma.empty, { contacts: Prisma.sql`COUNT(*)` })}
      UNION ALL
      ${countOf("Company", Prisma.empty, {
        companies: Prisma.sql`COUNT(*)`,
        // "Contact" (companyId, relationship): whether a company has an insider is one index probe.
        insiders: Prisma.sql`COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Contact" k
          WHERE k."companyId" = "Company".id AND k.relationship IN ('INSIDER', 'CONNECTOR')))`,
      })}
      UNION ALL
      ${countOf("Post", Prisma.sql`AND "publishedOn" BETWEEN ${p.from} AND ${p.to}`, { posts: Prisma.sql`COUNT(*)` })}
      UNION ALL
      ${countOf("Meeting", Prisma.sql`AND status = 'SCHEDULED' AND ("scheduledAt" IS NULL OR "scheduledAt" >= ${p.fromTs})`, {
        scheduled: Prisma.sql`COUNT(*)`,
      })}
      UNION ALL
      ${countOf("Task", Prisma.sql`AND NOT done AND "dueOn" < ${p.asOf}`, { overdue: Prisma.sql`COUNT(*)` })}
      UNION ALL
      -- From the stage history: a lead that reached interview and was later lost still counts.
      SELECT l."ownerId", 0, 0, 0, 0, 0, 0,
        COUNT(DISTINCT s."leadId") FILTER (WHERE s.stage IN ('INTERVIEW', 'OFFER', 'HIRED'))::int,
        COUNT(DISTINCT s."leadId") FILTER (WHERE s.stage IN ('OFFER', 'HIRED'))::int
      FROM "LeadStageChange" s JOIN "Lead" l ON l.id = s."leadId"
      WHERE l."ownerId" = ANY(${p.owners}) AND s."changedAt" >= ${p.fromTs} AND s."changedAt" < ${p.toTsExclusive}
      GROUP BY l."ownerId"
    ),
    per_owner AS (
      SELECT o.id, ${Prisma.join(counts.map((name) => Prisma.sql`COALESCE(SUM(f.${Prisma.raw(name)}), 0)::int AS ${Prisma.raw(name)}`))}
      FROM unnest(${p.owners}) AS o(id) LEFT JOIN figures f ON f.owner_id = o.id
      GROUP BY o.id
    )
    SELECT o.id::text AS owner_id, o.contacts AS total_contacts, o.companies, o.insiders AS companies_with_insider,
      o.posts, o.scheduled, o.overdue,
      CASE WHEN o.overdue > 0 AND ${!p.lean} THEN ARRAY(SELECT id::text FROM "Task" WHERE ${overdue} ORDER BY "dueOn", id LIMIT 10)
        ELSE ARRAY[]::text[] END AS overdue_ids,
      CASE WHEN o.overdue > 0 THEN (SELECT MIN("dueOn") FROM "Task" WHERE ${overdue}) END AS oldest_overdue,
      o.interviews, o.offers,
      -- Each latest date is one backward index probe; a timestamp becomes a day after MAX (the same day,
      -- as the conversion keeps the order), not once per row.
      GREATEST(
        (SELECT MAX(date) FROM "Event" WHERE "ownerId" = o.id AND date <= ${p.to}),
        (SELECT MAX(date) FROM "Conversation" WHERE "ownerId" = o.id AND date <= ${p.to}),
        (SELECT (MAX("scheduledAt") AT TIME ZONE ${p.tz})::date FROM "Meeting"
          WHERE "ownerId" = o.id AND status = 'DONE' AND "scheduledAt" < ${p.toTsExclusive}),
        (SELECT (MAX("createdAt") AT TIME ZONE ${p.tz})::date FROM "Contact" WHERE "ownerId" = o.id AND "createdAt" < ${p.toTsExclusive}),
        (SELECT (MAX("createdAt") AT TIME ZONE ${p.tz})::date FROM "Lead" WHERE "ownerId" = o.id AND "createdAt" < ${p.toTsExclusive}),
        (SELECT MAX("publishedOn") FROM "Post" WHERE "ownerId" = o.id AND "publishedOn" <= ${p.to})
      ) AS last_activity
    FROM per_owner o`,
    // One generic plan serves one owner and 500, a month and a year, with no planning per request (decision 25).
    { prepared: true },
  );
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
