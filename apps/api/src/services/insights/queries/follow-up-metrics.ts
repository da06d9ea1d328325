/** One-on-ones done (by week) and scheduled, and overdue follow-ups: one statement. */
import { Prisma } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import { type PeriodParams, weekOf } from "./params.ts";

export interface FollowUpMetrics {
  oneOnOnesDone: number;
  oneOnOnesScheduled: number;
  doneByWeek: Array<{ week: Date; oneOnOnes: number }>;
  overdueFollowUps: number;
  overdueFollowUpIds: string[];
  oldestOverdueOn: Date | null;
}

interface Row {
  week: Date | null;
  grouping: number;
  done: number;
  scheduled: number;
  overdue: number;
  overdue_ids: string[];
  oldest_overdue: Date | null;
}

export async function followUpMetrics(db: DbClient, p: PeriodParams): Promise<FollowUpMetrics> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH meetings AS (
      SELECT status, (COALESCE("scheduledAt", "updatedAt") AT TIME ZONE 'UTC')::date AS day
      FROM "Meeting" WHERE "ownerId" = ${p.owner}
    ),
    overdue AS (
      SELECT id, "dueOn" FROM "Task"
      WHERE "ownerId" = ${p.owner} AND NOT done AND "dueOn" < ${p.asOf}
    ),
    grouped AS (
      SELECT ${weekOf(Prisma.sql`day`)} AS week, GROUPING(${weekOf(Prisma.sql`day`)})::int AS grouping,
        COUNT(*) FILTER (WHERE status = 'DONE' AND day BETWEEN ${p.from} AND ${p.to})::int AS done,
        COUNT(*) FILTER (WHERE status = 'SCHEDULED' AND day >= ${p.from})::int AS scheduled
      FROM meetings
      GROUP BY GROUPING SETS ((), (${weekOf(Prisma.sql`day`)}))
    )
    SELECT grouped.*,
      (SELECT COUNT(*) FROM overdue)::int AS overdue,
      ARRAY(SELECT id::text FROM overdue ORDER BY "dueOn", id LIMIT 10) AS overdue_ids,
      (SELECT MIN("dueOn") FROM overdue) AS oldest_overdue
    FROM grouped`);
  const total = rows.find((row) => row.grouping === 1)!;
  return {
    oneOnOnesDone: total.done,
    oneOnOnesScheduled: total.scheduled,
    doneByWeek: rows.filter((row) => row.grouping === 0 && row.done > 0).map((row) => ({ week: row.week!, oneOnOnes: row.done })),
    overdueFollowUps: total.overdue,
    overdueFollowUpIds: total.overdue_ids,
    oldestOverdueOn: total.oldest_overdue,
  };
}
