/**
 * Plain dates travel as `YYYY-MM-DD` and arrive as `Date`s at UTC midnight
 * (the shared codecs), so they are shown in UTC; timestamps are shown in the
 * viewer's own time zone.
 */
import { dayIn } from "@traction/schemas";

const DAY_MS = 86_400_000;

/** A `Date` at UTC midnight as `YYYY-MM-DD`. */
export function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

let viewerTimeZone: string | null = null;

/** The signed-in user's IANA time zone (set by the session): "today" and "this week" follow it. */
export function setViewerTimeZone(timeZone: string | null): void {
  viewerTimeZone = timeZone;
}

/** Today on the user's calendar (their time zone, else the browser's), as `YYYY-MM-DD`. */
export function today(now = new Date(), timeZone: string | null = viewerTimeZone): string {
  if (timeZone) {
    try {
      return toDateString(dayIn(timeZone, now));
    } catch {
      // A zone this browser does not know: fall back to the browser's own calendar.
    }
  }
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` shifted by whole days. */
export function addDays(day: string, days: number): string {
  return toDateString(new Date(new Date(`${day}T00:00:00.000Z`).getTime() + days * DAY_MS));
}

/** The Monday of the week `day` falls in, as `YYYY-MM-DD`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

const dayFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const shortDayFormat = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export const formatDay = (date: Date) => dayFormat.format(date);
export const formatShortDay = (date: Date) => shortDayFormat.format(date);
export const formatTimestamp = (date: Date) => timeFormat.format(date);
