import type { Database } from "@traction/db";
import { sendReminders } from "./reminders.ts";
import type { ScheduleOptions } from "./schedule-options.ts";
import { sendWeeklyDigests } from "./weekly-digest.ts";

/** One scheduled run (pg-boss cron, plugins/app/mail.ts): the digests due, then the reminders due. Safe to run twice. */
export async function runScheduledEmails(
  db: Database,
  options: ScheduleOptions,
): Promise<{ digests: number; reminders: number }> {
  const digests = await sendWeeklyDigests(db, options);
  const reminders = await sendReminders(db, options);
  return { digests, reminders };
}
