/**
 * Who a scheduled run is for, a batch at a time: the users of one time zone
 * (index "User_timezone_id_idx"), after a keyset cursor, who have that email
 * type on and no claim for the day yet, optionally with something to say.
 * One statement per batch, whatever the number of users.
 */
import { Prisma } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import type { ScheduledKind } from "./claim-scheduled.ts";

export interface Recipient {
  id: string;
  name: string;
  email: string;
  role: "JOBSEEKER" | "COACH";
  timezone: string;
}

export const FIRST_ID = "00000000-0000-0000-0000-000000000000";

/** Every time zone users are in. */
export async function userZones(db: DbClient): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ timezone: string }>>`SELECT DISTINCT timezone FROM "User"`;
  return rows.map((row) => row.timezone);
}

const TOPIC: Record<ScheduledKind, Prisma.Sql> = {
  WEEKLY_DIGEST: Prisma.sql`"weeklyDigest"`,
  REMINDERS: Prisma.sql`reminders`,
};

export async function candidates(
  db: DbClient,
  batch: { kind: ScheduledKind; zone: string; day: Date; after: string; limit: number; extra?: Prisma.Sql },
): Promise<Recipient[]> {
  return db.$queryRaw<Recipient[]>(Prisma.sql`
    SELECT u.id::text AS id, u.name, u.email, u.role::text AS role, u.timezone
    FROM "User" u
    WHERE u.timezone = ${batch.zone} AND u.id > ${batch.after}::uuid
      AND NOT EXISTS (SELECT 1 FROM "NotificationSettings" n WHERE n."userId" = u.id AND NOT n.${TOPIC[batch.kind]})
      AND NOT EXISTS (
        SELECT 1 FROM "ScheduledEmail" s
        WHERE s."userId" = u.id AND s.kind = ${batch.kind} AND s.day = ${batch.day}::date)
      ${batch.extra ?? Prisma.empty}
    ORDER BY u.id
    LIMIT ${batch.limit}`);
}
