/**
 * GET /orgs/:orgId/clients: the organisation's actively enrolled clients with
 * the coach it assigned, their health, flags, targets and last activity — what
 * the enrolment consented to, never their records — most in need first.
 *
 * Like the coach roster (coaching/roster-links.ts, decision 16): one statement
 * reads the enrolments and assignments fresh (a client who left is gone at
 * once) with each client's stored score, orders, filters and pages them in
 * SQL, and names the clients whose stored score is stale; those are
 * recomputed together (scoreClients) and the statement runs once more.
 */
import { Prisma, queryRows } from "@traction/db";
import { ZRosterEntrySchema, type TFlag, type TOrgClient, type TOrgClientQuery } from "@traction/schemas";
import { z } from "zod";
import { afterNeed, decodeNeedCursor, needKey, needPage, type NeedKey } from "../coaching/roster-order.ts";
import { isStale, STORED_SCORE_COLUMNS, type StaleClient } from "../coaching/roster-links.ts";
import { scoreClients } from "../coaching/score-clients.ts";
import { versionJoins } from "../insights/data-versions.ts";
import type { InsightsCache } from "../insights/insights-cache.ts";
import type { DbClient } from "../records/db-client.ts";
import type { Page } from "../records/keyset-page.ts";

interface Row {
  stale: boolean;
  client_id: string;
  name: string | null;
  cohort_id: string | null;
  coach_id: string | null;
  coach_name: string | null;
  timezone: string | null;
  version: string | null;
  health_score: number | null;
  flags: TFlag[] | null;
  last_activity_on: Date | null;
  targets: z.input<typeof ZTargets> | null;
}

const ZTargets = ZRosterEntrySchema.shape.targets;

async function orgRows(
  db: DbClient,
  orgId: string,
  query: TOrgClientQuery,
  after: NeedKey | undefined,
  now: Date,
): Promise<{ page: TOrgClient[]; stale: StaleClient[] }> {
  const and = (condition: Prisma.Sql | false) => (condition ? Prisma.sql`AND ${condition}` : Prisma.empty);
  const m = Prisma.sql`m`;
  const enrolled = Prisma.sql`SELECT "jobseekerId" FROM "Enrolment" WHERE "orgId" = ${orgId}::uuid AND status = 'ACTIVE'`;
  const byCoach = query.coachId !== undefined || query.unassigned === true;
  // Raw SQL on the pool (`queryRows`: no Prisma raw-query path): thousands of enrolments, and at most one
  // active link per organisation and client (a unique index).
  // `mine` holds, for every enrolled client, only what orders the page and judges the stored score (a change
  // of time zone moves the data version, so no client's zone is read but the stale ones'); the rest — names,
  // cohort, coach, flags, targets — is read by key for the page's rows alone.
  const rows = await queryRows<Row>(db, Prisma.sql`
    WITH mine AS MATERIALIZED (
      SELECT e."jobseekerId" AS client_id, ${STORED_SCORE_COLUMNS}
      FROM "Enrolment" e
      ${byCoach ? Prisma.sql`LEFT JOIN "CoachLink" l ON l."orgId" = e."orgId" AND l."clientId" = e."jobseekerId" AND l.status = 'ACTIVE'` : Prisma.empty}
      ${versionJoins(Prisma.sql`e."jobseekerId"`, enrolled)}
      LEFT JOIN "RosterScore" s ON s."clientId" = e."jobseekerId"
      WHERE e."orgId" = ${orgId}::uuid AND e.status = 'ACTIVE'
        ${and(query.cohortId !== undefined && Prisma.sql`e."cohortId" = ${query.cohortId}::uuid`)}
        ${and(query.coachId !== undefined && Prisma.sql`l."coachId" = ${query.coachId}::uuid`)}
        ${and(query.unassigned === true && Prisma.sql`l.id IS NULL`)}
    ), page AS (
      SELECT * FROM mine m
      WHERE m.scored ${and(after !== undefined && afterNeed(m, after))}
      ORDER BY ${needKey(m)}
      LIMIT ${query.limit + 1}
    )
    SELECT false AS stale, m.client_id::text, u.name, e."cohortId"::text AS cohort_id, l."coachId"::text AS coach_id,
           c.name AS coach_name, NULL AS timezone, NULL::text AS version, m.health_score, s.flags, m.last_activity_on,
           s.targets, row_number() OVER (ORDER BY ${needKey(m)}) AS place
    FROM page m
    JOIN "User" u ON u.id = m.client_id
    JOIN "RosterScore" s ON s."clientId" = m.client_id
    JOIN "Enrolment" e ON e."orgId" = ${orgId}::uuid AND e."jobseekerId" = m.client_id AND e.status = 'ACTIVE'
    LEFT JOIN "CoachLink" l ON l."orgId" = e."orgId" AND l."clientId" = m.client_id AND l.status = 'ACTIVE'
    LEFT JOIN "User" c ON c.id = l."coachId"
    UNION ALL
    SELECT true, m.client_id::text, NULL, NULL, NULL, NULL, u.timezone, m.version::text, NULL, NULL, NULL, NULL, NULL
    FROM mine m
    JOIN "User" u ON u.id = m.client_id
    WHERE ${isStale(m, now)}
    ORDER BY place`);
  const page: TOrgClient[] = [];
  const stale: StaleClient[] = [];
  for (const row of rows) {
    if (row.stale) {
      stale.push({ clientId: row.client_id, version: row.version!, timeZone: row.timezone! });
      continue;
    }
    page.push({
      client: { id: row.client_id, name: row.name! },
      cohortId: row.cohort_id!,
      coach: row.coach_id ? { id: row.coach_id, name: row.coach_name! } : null,
      healthScore: row.health_score,
      flags: row.flags ?? [],
      lastActivityOn: row.last_activity_on,
      targets: z.decode(ZTargets, row.targets!),
    });
  }
  return { page, stale };
}

export async function orgClients(
  db: DbClient,
  insights: InsightsCache,
  orgId: string,
  query: TOrgClientQuery,
  now: Date = new Date(),
): Promise<Page<TOrgClient>> {
  const after = query.cursor === undefined ? undefined : decodeNeedCursor(query.cursor);
  let rows = await orgRows(db, orgId, query, after, now);
  if (rows.stale.length > 0) {
    await scoreClients(db, insights, rows.stale, now);
    rows = await orgRows(db, orgId, query, after, now);
  }
  return needPage(rows.page, query.limit);
}
