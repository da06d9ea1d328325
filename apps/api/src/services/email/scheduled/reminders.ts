/**
 * The morning reminder: follow-ups (tasks, conversations' follow-ups) due
 * today and one-on-ones scheduled tomorrow, in the user's time zone, at most
 * one email per user per day. Only users with something due are selected, in
 * the same statement that picks the batch (indexes Task(ownerId, done, dueOn)
 * and Meeting(ownerId, scheduledAt)).
 */
import { Prisma, type Database } from "@traction/db";
import { unsubscribeHeaders, unsubscribeUrl } from "../../../lib/unsubscribe-token.ts";
import { addDays } from "../../insights/period.ts";
import { remindersEmail, type FollowUpDue, type MeetingTomorrow } from "../digest-templates.ts";
import { claimUsers, enqueueScheduled } from "./claim-scheduled.ts";
import { candidates, FIRST_ID, userZones, type Recipient } from "./candidates.ts";
import { localClocks, type LocalClock } from "./local-clock.ts";
import { DEFAULT_BATCH_SIZE, TRANSACTION, type ScheduleOptions } from "./schedule-options.ts";

const iso = (day: Date) => day.toISOString().slice(0, 10);

/** The UTC bounds of tomorrow in the zone, as SQL. */
function tomorrow(clock: LocalClock) {
  return {
    from: Prisma.sql`(${iso(addDays(clock.day, 1))}::date::timestamp AT TIME ZONE ${clock.zone}::text)`,
    to: Prisma.sql`(${iso(addDays(clock.day, 2))}::date::timestamp AT TIME ZONE ${clock.zone}::text)`,
  };
}

export async function sendReminders(db: Database, options: ScheduleOptions): Promise<number> {
  const limit = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let queued = 0;
  const mornings = localClocks(await userZones(db), options.now).filter((clock) => clock.hour >= options.hour);
  for (const clock of mornings) {
    const { from, to } = tomorrow(clock);
    const extra = Prisma.sql`AND (
      EXISTS (SELECT 1 FROM "Task" t WHERE t."ownerId" = u.id AND NOT t.done AND t."dueOn" = ${clock.day}::date)
      OR EXISTS (SELECT 1 FROM "Meeting" m WHERE m."ownerId" = u.id AND m.status = 'SCHEDULED'
                 AND m."scheduledAt" >= ${from} AND m."scheduledAt" < ${to}))`;
    for (let after = FIRST_ID; ;) {
      const batch = await candidates(db, { kind: "REMINDERS", zone: clock.zone, day: clock.day, after, limit, extra });
      if (batch.length === 0) break;
      after = batch.at(-1)!.id;
      queued += await db.$transaction(async (tx) => {
        const claimed = await claimUsers(
          tx,
          "REMINDERS",
          clock.day,
          batch.map((user) => user.id),
        );
        const users = batch.filter((user) => claimed.has(user.id));
        return enqueueScheduled(tx, "REMINDERS", clock.day, await reminderEmails(tx, users, clock, options));
      }, TRANSACTION);
    }
  }
  return queued;
}

async function reminderEmails(tx: Prisma.TransactionClient, users: Recipient[], clock: LocalClock, options: ScheduleOptions) {
  if (users.length === 0) return [];
  const ids = users.map((user) => user.id);
  const { from, to } = tomorrow(clock);
  const tasks = await tx.$queryRaw<Array<{ owner_id: string; title: string; due_on: Date }>>`
    SELECT t."ownerId"::text AS owner_id, t.title, t."dueOn" AS due_on FROM "Task" t
    WHERE t."ownerId" = ANY(${ids}::uuid[]) AND NOT t.done AND t."dueOn" = ${clock.day}::date
    ORDER BY t."createdAt", t.id`;
  const meetings = await tx.$queryRaw<Array<{ owner_id: string; name: string; at: string; location: string | null }>>`
    SELECT m."ownerId"::text AS owner_id, c.name, to_char(m."scheduledAt" AT TIME ZONE ${clock.zone}::text, 'HH24:MI') AS at,
           m.location
    FROM "Meeting" m JOIN "Contact" c ON c.id = m."contactId"
    WHERE m."ownerId" = ANY(${ids}::uuid[]) AND m.status = 'SCHEDULED' AND m."scheduledAt" >= ${from} AND m."scheduledAt" < ${to}
    ORDER BY m."scheduledAt", m.id`;
  const dueBy = new Map<string, FollowUpDue[]>();
  for (const task of tasks)
    dueBy.set(task.owner_id, [...(dueBy.get(task.owner_id) ?? []), { title: task.title, dueOn: task.due_on }]);
  const meetingsBy = new Map<string, MeetingTomorrow[]>();
  for (const meeting of meetings) {
    const entry = { contactName: meeting.name, at: meeting.at, location: meeting.location };
    meetingsBy.set(meeting.owner_id, [...(meetingsBy.get(meeting.owner_id) ?? []), entry]);
  }
  return users.map((user) => {
    const due = dueBy.get(user.id) ?? [];
    return {
      userId: user.id,
      kind: "REMINDERS" as const,
      to: user.email,
      headers: unsubscribeHeaders(options.secret, options.publicUrl, user.id, "reminders"),
      rendered: remindersEmail({
        name: user.name,
        day: clock.day,
        due,
        dueTotal: due.length,
        meetings: meetingsBy.get(user.id) ?? [],
        tasksUrl: `${options.publicUrl}/tasks`,
        unsubscribeUrl: unsubscribeUrl(options.secret, options.publicUrl, user.id, "reminders"),
      }),
    };
  });
}
