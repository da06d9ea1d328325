/**
 * A cohort's health distribution over time: for each of the last `weeks`
 * weeks, how many of its clients had a health snapshot (`health-history.ts`),
 * the quartiles of their scores and how many were in each band. One SQL
 * statement (`percentile_cont`) over the snapshots, whatever the cohort's size.
 *
 * Who counts in a week: the cohort's actively enrolled clients, and those who
 * left it after that week ended (`endedAt`, as a day in their time zone). A
 * client who joined recently counts in the weeks before they joined too (their
 * history was filled at enrolment); one who left counts no more from the week
 * they left.
 *
 * The weeks end with the last one that has ended in UTC; a client west of
 * UTC has their snapshot of it from their own Monday on.
 *
 * k-anonymity, as the benchmarks: a week with fewer than
 * BENCHMARK_MIN_CLIENTS clients is `suppressed` (no quartiles, no bands);
 * quartiles also need that many scores (a week of 5 clients of whom 1 has a
 * score would otherwise show that client's score).
 */
import { Prisma } from "@traction/db";
import {
  BENCHMARK_MIN_CLIENTS,
  HEALTH_STATUSES,
  type TCohortHealth,
  type TCohortHealthWeek,
  type THealthStatus,
} from "@traction/schemas";
import { addDays, mondayOf } from "../insights/period.ts";
import { isoDate } from "../insights/queries/params.ts";
import type { DbClient } from "../records/db-client.ts";

type Row = { week_start: Date; clients: number; scored: number; quartiles: number[] | null } & Record<
  `s_${THealthStatus}`,
  number
>;

const round = (value: number) => Math.round(value * 100) / 100;

/** The Mondays of the last `weeks` weeks that have ended (in UTC) at `now`, oldest first. */
export function lastWeeks(weeks: number, now: Date): { first: Date; last: Date } {
  const last = addDays(mondayOf(now), -7);
  return { first: addDays(last, -7 * (weeks - 1)), last };
}

export async function cohortHealth(
  db: DbClient,
  cohortId: string,
  weeks: number,
  now: Date = new Date(),
): Promise<TCohortHealth> {
  const { first, last } = lastWeeks(weeks, now);
  const byStatus = HEALTH_STATUSES.map(
    (status) => Prisma.sql`count(*) FILTER (WHERE c.status = ${status}::"HealthStatus")::int AS ${Prisma.raw(`"s_${status}"`)}`,
  );
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH members AS MATERIALIZED (
      SELECT e."jobseekerId" AS client_id,
             max(CASE WHEN e.status = 'ACTIVE' THEN 'infinity'::date
                      ELSE (e."endedAt" AT TIME ZONE u.timezone)::date END) AS until
      FROM "Enrolment" e
      JOIN "User" u ON u.id = e."jobseekerId"
      WHERE e."cohortId" = ${cohortId}::uuid
      GROUP BY e."jobseekerId"
    ), counted AS (
      SELECT s."weekStart", s."healthScore", s.status
      FROM members m
      JOIN "HealthSnapshot" s ON s."clientId" = m.client_id
       AND s."weekStart" BETWEEN ${isoDate(first)}::date AND ${isoDate(last)}::date
      WHERE s."weekStart" + 7 <= m.until
    )
    SELECT w.week_start::date AS week_start,
           count(c."weekStart")::int AS clients,
           count(c."healthScore")::int AS scored,
           percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY c."healthScore") AS quartiles,
           ${Prisma.join(byStatus)}
    FROM generate_series(${isoDate(first)}::date, ${isoDate(last)}::date, interval '7 days') AS w(week_start)
    LEFT JOIN counted c ON c."weekStart" = w.week_start::date
    GROUP BY w.week_start
    ORDER BY w.week_start`);
  return { weeks: rows.map(weekOf) };
}

function weekOf(row: Row): TCohortHealthWeek {
  const suppressed = row.clients < BENCHMARK_MIN_CLIENTS;
  const [p25, p50, p75] = row.quartiles ?? [];
  const quartiles =
    suppressed || row.scored < BENCHMARK_MIN_CLIENTS || p25 === undefined || p50 === undefined || p75 === undefined
      ? null
      : { p25: round(p25), p50: round(p50), p75: round(p75) };
  return {
    weekStart: row.week_start,
    clients: row.clients,
    suppressed,
    quartiles,
    byStatus: suppressed
      ? null
      : (Object.fromEntries(HEALTH_STATUSES.map((status) => [status, row[`s_${status}`]])) as Record<THealthStatus, number>),
  };
}
