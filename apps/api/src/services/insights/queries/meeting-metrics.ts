/** One-on-ones done in the period, in total and by week, for many owners in one statement. */
import { Prisma, queryRows } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import { type PeriodParams, perOwner } from "./params.ts";

export interface MeetingMetrics {
  oneOnOnesDone: number;
  doneByWeek: Array<{ week: Date; oneOnOnes: number }>;
}

interface Row {
  owner_id: string;
  week: Date | null;
  grouping: number;
  done: number;
}

export const EMPTY_MEETING_METRICS: MeetingMetrics = { oneOnOnesDone: 0, doneByWeek: [] };

export async function meetingMetrics(db: DbClient, p: PeriodParams): Promise<Map<string, MeetingMetrics>> {
  const { week, grouping, sets } = p.groups(Prisma.sql`day`);
  const rows = await queryRows<Row>(db, Prisma.sql`
    WITH done AS (
      SELECT "ownerId" AS owner_id, (COALESCE("scheduledAt", "updatedAt") AT TIME ZONE ${p.tz})::date AS day
      FROM "Meeting"
      WHERE "ownerId" = ANY(${p.owners}) AND status = 'DONE'
    )
    SELECT owner_id::text, ${week} AS week, ${grouping}::int AS grouping, COUNT(*)::int AS done
    FROM done WHERE day BETWEEN ${p.from} AND ${p.to}
    GROUP BY ${sets}`,
    // One generic plan serves one owner and 500, a month and a year, with no planning per request (decision 25).
    { prepared: true },
  );
  const result = new Map<string, MeetingMetrics>();
  for (const [owner, ownRows] of perOwner(rows)) {
    result.set(owner, {
      oneOnOnesDone: ownRows.find((row) => row.grouping === 1)?.done ?? 0,
      doneByWeek: ownRows.filter((row) => row.grouping === 0).map((row) => ({ week: row.week!, oneOnOnes: row.done })),
    });
  }
  return result;
}
