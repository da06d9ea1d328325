/**
 * Periods and weeks. Days are calendar days (Dates at UTC midnight) in the
 * owner's time zone: "today" is `dayIn(timeZone, now)`. Weeks start on Monday.
 */
import { dayIn, INSIGHTS_DEFAULT_PERIOD_DAYS } from "@traction/schemas";

export const DAY_MS = 86_400_000;
/** The schema checks that a default period still lies in the date range, so it is defined there. */
export const DEFAULT_PERIOD_DAYS = INSIGHTS_DEFAULT_PERIOD_DAYS;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

export function mondayOf(date: Date): Date {
  const day = startOfUtcDay(date);
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

export interface Period {
  from: Date;
  to: Date;
  /** "Now" for overdue and stalled: today, or the end of a period that is over. */
  asOf: Date;
  /** The owners' IANA time zone: their "today", and the day a timestamp (a meeting's time) falls on. Default UTC. */
  timeZone?: string;
}

export function resolvePeriod(
  query: { from?: Date | undefined; to?: Date | undefined },
  now: Date = new Date(),
  timeZone = "UTC",
): Period {
  const today = dayIn(timeZone, now);
  const to = query.to ?? (query.from && query.from > today ? addDays(query.from, DEFAULT_PERIOD_DAYS - 1) : today);
  const from = query.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  return { from, to, asOf: to < today ? to : today, timeZone };
}

/** Every Monday from the week of `from` to the week of `to`. */
export function weeksOf(from: Date, to: Date): Date[] {
  const weeks: Date[] = [];
  for (let week = mondayOf(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}
