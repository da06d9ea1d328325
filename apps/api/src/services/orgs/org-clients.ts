/**
 * GET /orgs/:orgId/clients: the organisation's actively enrolled clients with
 * the coach it assigned, their health, flags, targets and last activity — what
 * the enrolment consented to, never their records — most in need first.
 *
 * The enrolments and assignments are read fresh in one statement (a client who
 * left is gone at once); the scores come from `scoresOf`, set-based and cached
 * like the coach roster's, and the order and paging are the roster's.
 */
import { Prisma } from "@traction/db";
import type { TOrgClient, TOrgClientQuery } from "@traction/schemas";
import { needPage } from "../coaching/roster-order.ts";
import type { ScoresOf } from "../coaching/get-roster.ts";
import type { DbClient } from "../records/db-client.ts";
import type { Page } from "../records/keyset-page.ts";

interface ClientRow {
  client_id: string;
  name: string;
  cohort_id: string;
  coach_id: string | null;
  coach_name: string | null;
}

export async function orgClients(
  db: DbClient,
  orgId: string,
  query: TOrgClientQuery,
  scoresOf: ScoresOf,
): Promise<Page<TOrgClient>> {
  const byCohort = query.cohortId ? Prisma.sql`AND e."cohortId" = ${query.cohortId}::uuid` : Prisma.empty;
  const byCoach = query.coachId ? Prisma.sql`AND l."coachId" = ${query.coachId}::uuid` : Prisma.empty;
  const unassigned = query.unassigned === true ? Prisma.sql`AND l.id IS NULL` : Prisma.empty;
  // Raw SQL: thousands of enrolments, and at most one active link per organisation and client (a unique index).
  const rows = await db.$queryRaw<ClientRow[]>(Prisma.sql`
    SELECT u.id::text AS client_id, u.name, e."cohortId"::text AS cohort_id,
           c.id::text AS coach_id, c.name AS coach_name
    FROM "Enrolment" e
    JOIN "User" u ON u.id = e."jobseekerId"
    LEFT JOIN "CoachLink" l ON l."orgId" = e."orgId" AND l."clientId" = e."jobseekerId" AND l.status = 'ACTIVE'
    LEFT JOIN "User" c ON c.id = l."coachId"
    WHERE e."orgId" = ${orgId}::uuid AND e.status = 'ACTIVE' ${byCohort} ${byCoach} ${unassigned}`);
  const scores = await scoresOf(rows.map((row) => row.client_id));
  const entries: TOrgClient[] = rows.map((row) => {
    const { healthScore, flags, lastActivityOn, targets } = scores.get(row.client_id)!;
    return {
      client: { id: row.client_id, name: row.name },
      cohortId: row.cohort_id,
      coach: row.coach_id ? { id: row.coach_id, name: row.coach_name! } : null,
      healthScore,
      flags,
      lastActivityOn,
      targets,
    };
  });
  const needOf = (entry: TOrgClient) => ({
    healthScore: entry.healthScore,
    lastActivityOn: entry.lastActivityOn,
    clientId: entry.client.id,
  });
  return needPage(entries, needOf, query.limit, query.cursor);
}
