/**
 * The coach's active links with what the roster needs besides the scores:
 * the client's name and time zone, and their weekly reviews around last week.
 * One statement for the whole caseload; the name search runs in it, so only
 * the clients asked for are scored.
 */
import { Prisma } from "@traction/db";
import { isTimeZone, weekStartIn } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";

export interface RosterLink {
  linkId: string;
  client: { id: string; name: string };
  lastReviewWeek: Date | null;
  reviewedLastWeek: boolean;
}

interface LinkRow {
  link_id: string;
  client_id: string;
  name: string;
  timezone: string;
  last_review_week: Date | null;
  recent_review_weeks: Date[] | null;
}

const DAY_MS = 86_400_000;
/** Last week's Monday is at most 14 days before today in any time zone; reviews from then on are read. */
const RECENT_DAYS = 15;

/** `%`, `_` and `\` in a search are searched for literally. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** The Monday of the week before the current one in `timeZone`. */
export function lastWeekStartIn(timeZone: string, now: Date): Date {
  return new Date(weekStartIn(isTimeZone(timeZone) ? timeZone : "UTC", now).getTime() - 7 * DAY_MS);
}

export async function rosterLinks(
  db: DbClient,
  coachId: string,
  filter: { q?: string | undefined; clientId?: string | undefined },
  now: Date = new Date(),
): Promise<RosterLink[]> {
  const recentFrom = new Date(now.getTime() - RECENT_DAYS * DAY_MS).toISOString().slice(0, 10);
  const byName = filter.q === undefined ? Prisma.empty : Prisma.sql`AND u.name ILIKE ${`%${likeLiteral(filter.q)}%`}`;
  const byClient = filter.clientId === undefined ? Prisma.empty : Prisma.sql`AND l."clientId" = ${filter.clientId}::uuid`;
  // Raw SQL: a caseload is thousands of rows, and the query builder's relation loading costs ten times the query.
  const rows = await db.$queryRaw<LinkRow[]>(Prisma.sql`
    SELECT l.id::text AS link_id, u.id::text AS client_id, u.name, u.timezone,
           r.last_review_week, r.recent_review_weeks
    FROM "CoachLink" l
    JOIN "User" u ON u.id = l."clientId"
    LEFT JOIN LATERAL (
      SELECT max(v."weekStart") AS last_review_week,
             array_agg(v."weekStart") FILTER (WHERE v."weekStart" >= ${recentFrom}::date) AS recent_review_weeks
      FROM "Review" v WHERE v."ownerId" = l."clientId"
    ) r ON true
    WHERE l."coachId" = ${coachId}::uuid AND l.status = 'ACTIVE' ${byName} ${byClient}`);
  return rows.map((row) => {
    const lastWeek = lastWeekStartIn(row.timezone, now).getTime();
    return {
      linkId: row.link_id,
      client: { id: row.client_id, name: row.name },
      lastReviewWeek: row.last_review_week,
      reviewedLastWeek: (row.recent_review_weeks ?? []).some((week) => week.getTime() === lastWeek),
    };
  });
}
