/**
 * Where each time zone's clock stands: its calendar day, the hour and the
 * weekday, so that a scheduled run knows whose Monday morning (or whose
 * morning) it is. One formatter per zone, cached.
 */
import { dayIn, isTimeZone } from "@traction/schemas";

export interface LocalClock {
  zone: string;
  /** The local calendar day, as a Date at UTC midnight. */
  day: Date;
  hour: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const hourFormats = new Map<string, Intl.DateTimeFormat>();

function hourIn(zone: string, now: Date): number {
  let format = hourFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", hourCycle: "h23" });
    hourFormats.set(zone, format);
  }
  return Number(format.format(now));
}

/** The clock of each valid zone at `now` (names the platform does not know are left out). */
export function localClocks(zones: readonly string[], now: Date): LocalClock[] {
  return zones.filter(isTimeZone).map((zone) => {
    const day = dayIn(zone, now);
    return { zone, day, hour: hourIn(zone, now), weekday: ((day.getUTCDay() + 6) % 7) + 1 };
  });
}
