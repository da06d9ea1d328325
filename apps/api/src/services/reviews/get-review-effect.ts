/**
 * Did the readjustment work? Weekly means of the N weeks before the reviewed
 * week against the N weeks after it, in one SQL statement. Only complete weeks
 * count (a week still running would drag the means down), so the "after" side
 * fills in as the weeks pass; the reviewed week itself belongs to neither side,
 * and the "before" side starts no earlier than the week of the owner's first
 * logged event, conversation or contact.
 * Weeks start on Monday in the owner's time zone; timestamps (meetings, leads)
 * fall on the day they happened there.
 */
import { Prisma } from "@traction/db";
import { EFFECT_METRICS, weekStartIn, type TEffectWindow, type TReviewEffect } from "@traction/schemas";
import { addDays } from "../insights/period.ts";
import type { DbClient } from "../records/db-client.ts";
import { findOwnReview } from "./get-review.ts";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

type Side = "before" | "after";
type Means = Omit<TEffectWindow, "to">;
interface Row extends Means {
  side: Side;
}

/** The Monday of a `date` expression's ISO week. */
const weekOf = (column: Prisma.Sql) => Prisma.sql`(${column} - (EXTRACT(ISODOW FROM ${column})::int - 1))`;

async function weeklyMeans(
  db: DbClient,
  ownerId: string,
  windows: Record<Side, { from: Date; lastWeek: Date }>,
): Promise<Map<Side, Means>> {
  const owner = Prisma.sql`${ownerId}::uuid`;
  const from = Prisma.sql`${isoDate(windows.before.from)}::date`;
  const to = Prisma.sql`(${isoDate(windows.after.lastWeek)}::date + 6)`;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH tz AS (SELECT timezone AS name FROM "User" WHERE id = ${owner}),
    -- The week of the owner's first logged activity: weeks before it were not weeks of networking.
    first_week AS (
      SELECT ${weekOf(Prisma.sql`MIN(day)`)} AS week FROM (
        SELECT MIN(date) AS day FROM "Event" WHERE "ownerId" = ${owner}
        UNION ALL SELECT MIN(date) FROM "Conversation" WHERE "ownerId" = ${owner}
        UNION ALL SELECT MIN("firstMetOn") FROM "Contact" WHERE "ownerId" = ${owner}
      ) firsts
    ),
    weeks AS (
      SELECT w::date AS week, 'before' AS side
      FROM generate_series(${from}, ${isoDate(windows.before.lastWeek)}::date, interval '7 days') w, first_week
      WHERE w::date >= first_week.week
      UNION ALL
      SELECT w::date, 'after'
      FROM generate_series(${isoDate(windows.after.from)}::date, ${isoDate(windows.after.lastWeek)}::date, interval '7 days') w
    ),
    events AS (
      SELECT ${weekOf(Prisma.sql`date`)} AS week, COUNT(*)::int AS events, SUM(hours)::float8 AS hours
      FROM "Event" WHERE "ownerId" = ${owner} AND date BETWEEN ${from} AND ${to} GROUP BY 1
    ),
    contacts AS (
      SELECT ${weekOf(Prisma.sql`"firstMetOn"`)} AS week, COUNT(*)::int AS new_contacts
      FROM "Contact" WHERE "ownerId" = ${owner} AND "firstMetOn" BETWEEN ${from} AND ${to} GROUP BY 1
    ),
    talks AS (
      SELECT ${weekOf(Prisma.sql`date`)} AS week, COUNT(*)::int AS conversations,
        COUNT(*) FILTER (WHERE "mentionedJobSearch")::int AS mentioned
      FROM "Conversation" WHERE "ownerId" = ${owner} AND date BETWEEN ${from} AND ${to} GROUP BY 1
    ),
    meetings AS (
      SELECT ${weekOf(Prisma.sql`day`)} AS week, COUNT(*)::int AS one_on_ones FROM (
        SELECT (COALESCE(m."scheduledAt", m."updatedAt") AT TIME ZONE tz.name)::date AS day
        FROM "Meeting" m, tz WHERE m."ownerId" = ${owner} AND m.status = 'DONE'
      ) done WHERE day BETWEEN ${from} AND ${to} GROUP BY 1
    ),
    leads AS (
      SELECT ${weekOf(Prisma.sql`day`)} AS week, COUNT(*)::int AS leads FROM (
        SELECT (l."createdAt" AT TIME ZONE tz.name)::date AS day FROM "Lead" l, tz WHERE l."ownerId" = ${owner}
      ) made WHERE day BETWEEN ${from} AND ${to} GROUP BY 1
    ),
    per_week AS (
      SELECT weeks.side, weeks.week, COALESCE(e.events, 0) AS events, COALESCE(e.hours, 0) AS hours,
        COALESCE(c.new_contacts, 0) AS new_contacts, COALESCE(t.conversations, 0) AS conversations,
        COALESCE(t.mentioned, 0) AS mentioned, COALESCE(m.one_on_ones, 0) AS one_on_ones, COALESCE(l.leads, 0) AS leads
      FROM weeks
      LEFT JOIN events e ON e.week = weeks.week
      LEFT JOIN contacts c ON c.week = weeks.week
      LEFT JOIN talks t ON t.week = weeks.week
      LEFT JOIN meetings m ON m.week = weeks.week
      LEFT JOIN leads l ON l.week = weeks.week
    )
    SELECT side, MIN(week) AS "from", COUNT(*)::int AS weeks,
      round(AVG(events), 2)::float8 AS events,
      round(AVG(hours)::numeric, 2)::float8 AS hours,
      round(AVG(new_contacts), 2)::float8 AS "newContacts",
      round(AVG(conversations), 2)::float8 AS conversations,
      round(100.0 * SUM(mentioned) / NULLIF(SUM(conversations), 0))::float8 AS "conversationsMentioningSearchPct",
      round(AVG(one_on_ones), 2)::float8 AS "oneOnOnes",
      round(AVG(leads), 2)::float8 AS leads
    FROM per_week GROUP BY side`);
  return new Map(rows.map(({ side, ...means }) => [side, means]));
}

const EMPTY: Omit<Means, "from"> = {
  weeks: 0,
  events: null,
  hours: null,
  newContacts: null,
  conversations: null,
  conversationsMentioningSearchPct: null,
  oneOnOnes: null,
  leads: null,
};

export async function getReviewEffect(
  db: DbClient,
  ownerId: string,
  id: string,
  weeks: number,
  now: Date = new Date(),
): Promise<TReviewEffect> {
  const review = await findOwnReview(db, ownerId, id);
  const owner = await db.user.findUniqueOrThrow({ where: { id: ownerId }, select: { timezone: true } });
  const reviewed = review.weekStart;
  const lastCompleteWeek = addDays(weekStartIn(owner.timezone, now), -7);
  const afterFrom = addDays(reviewed, 7);
  const afterLast = addDays(reviewed, 7 * weeks);
  const windows = {
    before: { from: addDays(reviewed, -7 * weeks), lastWeek: addDays(reviewed, -7) },
    // generate_series yields nothing when the first week is past the last: no complete week after yet.
    after: { from: afterFrom, lastWeek: afterLast < lastCompleteWeek ? afterLast : lastCompleteWeek },
  };
  const means = await weeklyMeans(db, ownerId, windows);
  const before: TEffectWindow = { from: reviewed, to: addDays(reviewed, -1), ...EMPTY, ...means.get("before") };
  const after: TEffectWindow = { from: afterFrom, to: addDays(afterLast, 6), ...EMPTY, ...means.get("after") };
  return {
    reviewId: review.id,
    weekStart: reviewed,
    before,
    after,
    changes: EFFECT_METRICS.map((metric) => {
      const [was, is] = [before[metric], after[metric]];
      return { metric, before: was, after: is, change: was === null || is === null ? null : Math.round((is - was) * 100) / 100 };
    }),
  };
}
