/**
 * The roster statement: one SQL statement reads the coach's active links
 * (read fresh, so a revoked client disappears at once) with each client's
 * current data version and stored score (`RosterScore`), and returns both
 *
 * - the page: the clients matching the name search and the flag, ordered by
 *   need, after the cursor, cut to `limit` — with their names, time zones,
 *   targets and weekly reviews around last week, read for the page's clients
 *   only; and
 * - the stale: every client matching the name search whose stored score is
 *   missing or was computed for another data version or day (the
 *   flag is not applied: a stale score's flags are not to be trusted).
 *
 * When some are stale the caller recomputes them and runs the statement again.
 */
import { Prisma } from "@traction/db";
import { isTimeZone, weekStartIn, ZRosterEntrySchema, type TFlag, type TRosterEntry } from "@traction/schemas";
import { z } from "zod";
import type { DbClient } from "../records/db-client.ts";
import { VERSION, versionJoins } from "../insights/data-versions.ts";
import { afterNeed, needKey, type NeedKey } from "./roster-order.ts";

export interface RosterFilter {
  q?: string | undefined;
  clientId?: string | undefined;
  flag?: TFlag | undefined;
  after?: NeedKey | undefined;
  limit: number;
}

/** A client whose stored score must be recomputed, with what it will be stored under. */
export interface StaleClient {
  clientId: string;
  version: string;
  timeZone: string;
}

interface Row {
  stale: boolean;
  link_id: string | null;
  client_id: string;
  name: string | null;
  timezone: string;
  version: string | null;
  health_score: number | null;
  flags: TFlag[] | null;
  last_activity_on: Date | null;
  targets: z.input<typeof ZTargets> | null;
  last_review_week: Date | null;
  recent_review_weeks: Date[] | null;
}

const ZTargets = ZRosterEntrySchema.shape.targets;
const DAY_MS = 86_400_000;
/** Last week's Monday is at most 14 days before today in any time zone; reviews from then on are read. */
const RECENT_DAYS = 15;

/** `%`, `_` and `\` in a search are searched for literally. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** The Monday of the week before the current one in `timeZone`. */
export function lastWeekStartIn(timeZone: string, now: Date): Date {
  return new Date(weekStartIn(isTimeZone(timeZone) ? timeZone : "UTC", now).getTime() - 7 * DAY_MS);
}

/**
 * The columns a caseload statement reads for every client (`s` their "RosterScore", the version joins in
 * scope): the need key, and what judges the stored score's staleness (`isStale`). Nothing wider — names,
 * zones, flags and targets are read by key for the page's rows (decision 27).
 */
export const STORED_SCORE_COLUMNS = Prisma.sql`${VERSION} AS version,
  s."clientId" IS NOT NULL AS scored, s.version AS scored_version,
  s."dayStart" AS day_start, s."dayEnd" AS day_end,
  s."healthScore" AS health_score, s."lastActivityOn" AS last_activity_on`;

/**
 * A row of those columns whose stored score is missing or was computed for another data version or day. A
 * change of time zone moves the version (migration timezone_moves_data_version), so the zone needs no
 * comparison of its own.
 */
export const isStale = (row: Prisma.Sql, now: Date) => Prisma.sql`(NOT ${row}.scored
  OR ${row}.scored_version <> ${row}.version
  OR NOT (${now}::timestamptz >= ${row}.day_start AND ${now}::timestamptz < ${row}.day_end))`;

export async function rosterRows(
  db: DbClient,
  coachId: string,
  filter: RosterFilter,
  now: Date,
): Promise<{ page: TRosterEntry[]; stale: StaleClient[] }> {
  const recentFrom = new Date(now.getTime() - RECENT_DAYS * DAY_MS).toISOString().slice(0, 10);
  const and = (condition: Prisma.Sql | false) => (condition ? Prisma.sql`AND ${condition}` : Prisma.empty);
  const m = Prisma.sql`m`;
  const links = Prisma.sql`
    SELECT l.id, l."clientId" FROM "CoachLink" l
    WHERE l."coachId" = ${coachId}::uuid AND l.status = 'ACTIVE'
      ${and(filter.clientId !== undefined && Prisma.sql`l."clientId" = ${filter.clientId}::uuid`)}`;
  // Raw SQL: a caseload is thousands of rows, and the query builder's relation loading costs ten times the query.
  // `mine` keeps only what orders, filters and judges staleness — the name only to search it, the flags only
  // to filter by one; names, zones, targets and reviews are read for the page, zones for the stale clients.
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH mine AS MATERIALIZED (
      SELECT l.id AS link_id, l."clientId" AS client_id, ${STORED_SCORE_COLUMNS}
             ${filter.flag === undefined ? Prisma.empty : Prisma.sql`, s.flags`}
      FROM (${links}) l
      ${versionJoins(Prisma.sql`l."clientId"`, Prisma.sql`SELECT "clientId" FROM (${links}) l`)}
      LEFT JOIN "RosterScore" s ON s."clientId" = l."clientId"
      ${
        filter.q === undefined
          ? Prisma.empty
          : Prisma.sql`JOIN "User" u ON u.id = l."clientId" WHERE u.name ILIKE ${`%${likeLiteral(filter.q)}%`}`
      }
    ), page AS (
      SELECT * FROM mine m
      WHERE m.scored
        ${and(filter.flag !== undefined && Prisma.sql`${filter.flag}::text = ANY(m.flags)`)}
        ${and(filter.after !== undefined && afterNeed(m, filter.after))}
      ORDER BY ${needKey(m)}
      LIMIT ${filter.limit}
    )
    SELECT false AS stale, m.link_id::text, m.client_id::text, u.name, u.timezone, NULL::text AS version,
           m.health_score, s.flags, m.last_activity_on, s.targets, r.last_review_week, r.recent_review_weeks,
           row_number() OVER (ORDER BY ${needKey(m)}) AS place
    FROM page m
    JOIN "User" u ON u.id = m.client_id
    JOIN "RosterScore" s ON s."clientId" = m.client_id
    LEFT JOIN LATERAL (
      SELECT max(v."weekStart") AS last_review_week,
             array_agg(v."weekStart") FILTER (WHERE v."weekStart" >= ${recentFrom}::date) AS recent_review_weeks
      FROM "Review" v WHERE v."ownerId" = m.client_id
    ) r ON true
    UNION ALL
    SELECT true, NULL, m.client_id::text, NULL, u.timezone, m.version::text,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL
    FROM mine m
    JOIN "User" u ON u.id = m.client_id
    WHERE ${isStale(m, now)}
    ORDER BY place`);
  const page: TRosterEntry[] = [];
  const stale: StaleClient[] = [];
  for (const row of rows) {
    if (row.stale) {
      stale.push({ clientId: row.client_id, version: row.version!, timeZone: row.timezone });
      continue;
    }
    const lastWeek = lastWeekStartIn(row.timezone, now).getTime();
    page.push({
      client: { id: row.client_id, name: row.name! },
      linkId: row.link_id!,
      healthScore: row.health_score,
      flags: row.flags ?? [],
      lastActivityOn: row.last_activity_on,
      targets: z.decode(ZTargets, row.targets!),
      lastReviewWeek: row.last_review_week,
      reviewedLastWeek: (row.recent_review_weeks ?? []).some((week) => week.getTime() === lastWeek),
    });
  }
  return { page, stale };
}
