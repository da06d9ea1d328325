/**
 * What the feed shows: one-on-ones that are SCHEDULED with a time (one hour
 * long, as the model has no end), and follow-ups not done with a due date, as
 * all-day events. Bounded: recent past and future only, at most
 * `MAX_EVENTS_PER_KIND` of each, soonest first.
 */
import type { DbClient } from "../records/db-client.ts";
import type { CalendarEvent } from "../../lib/ical.ts";

export const MAX_EVENTS_PER_KIND = 1_000;
const MEETINGS_SINCE_DAYS = 30;
const TASKS_SINCE_DAYS = 90;
const DAY_MS = 86_400_000;
const UID_DOMAIN = "traction";

export async function calendarEvents(db: DbClient, ownerId: string, now = new Date()): Promise<CalendarEvent[]> {
  const [meetings, tasks] = await Promise.all([
    db.meeting.findMany({
      where: { ownerId, status: "SCHEDULED", scheduledAt: { gte: new Date(now.getTime() - MEETINGS_SINCE_DAYS * DAY_MS) } },
      orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
      take: MAX_EVENTS_PER_KIND,
      select: { id: true, scheduledAt: true, location: true, agenda: true, updatedAt: true, contact: { select: { name: true } } },
    }),
    db.task.findMany({
      where: { ownerId, done: false, dueOn: { gte: new Date(now.getTime() - TASKS_SINCE_DAYS * DAY_MS) } },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: MAX_EVENTS_PER_KIND,
      select: { id: true, title: true, dueOn: true, updatedAt: true, contact: { select: { name: true } } },
    }),
  ]);
  return [
    ...meetings.map((meeting): CalendarEvent => ({
      uid: `meeting-${meeting.id}@${UID_DOMAIN}`,
      start: { at: meeting.scheduledAt! },
      summary: `One-on-one with ${meeting.contact.name}`,
      description: meeting.agenda,
      location: meeting.location,
      lastModified: meeting.updatedAt,
    })),
    ...tasks.map((task): CalendarEvent => ({
      uid: `task-${task.id}@${UID_DOMAIN}`,
      start: { date: task.dueOn! },
      summary: task.contact ? `Follow up: ${task.title} (${task.contact.name})` : `Follow up: ${task.title}`,
      lastModified: task.updatedAt,
    })),
  ];
}
