/**
 * Plain dates travel as `YYYY-MM-DD` and arrive as `Date`s at UTC midnight
 * (the shared codecs), so they are shown in UTC; timestamps are shown in the
 * viewer's own time zone.
 */
const DAY_MS = 86_400_000;

/** A `Date` at UTC midnight as `YYYY-MM-DD`. */
export function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today on the viewer's calendar, as `YYYY-MM-DD`. */
export function today(now = new Date()): string {
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
