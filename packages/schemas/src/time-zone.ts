import { text } from "./text.ts";

/**
 * Calendar days in a user's time zone. Plain dates are `Date`s at UTC midnight
 * everywhere in Traction (see `ZDateSchema`); these helpers say which such day
 * it is, right now, for someone in an IANA time zone. Weeks start on Monday.
 */

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `name` is an IANA time zone this runtime knows (`Europe/Paris`, `UTC`). */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > 64) return false;
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The calendar day `now` falls on in `timeZone`, as a `Date` at UTC midnight. */
export function dayIn(timeZone: string, now: Date = new Date()): Date {
  // en-CA formats as YYYY-MM-DD.
  return new Date(`${formatterFor(timeZone).format(now)}T00:00:00.000Z`);
}

/** The Monday of the week `day` (a UTC-midnight date) falls in. */
export function mondayOfDay(day: Date): Date {
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
}

/** The Monday of the current week in `timeZone`, as a `Date` at UTC midnight. */
export function weekStartIn(timeZone: string, now: Date = new Date()): Date {
  return mondayOfDay(dayIn(timeZone, now));
}

export const ZTimeZoneSchema = text()
  .refine(isTimeZone, { message: "Choose a time zone from the list (an IANA name such as Europe/Paris)" })
  .meta({ description: "An IANA time zone name, e.g. `Europe/Paris`. Weeks start on Monday there.", example: "Europe/Paris" });
