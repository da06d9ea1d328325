/**
 * The story's clock: every date is counted in days before "today" (UTC), so
 * the demo always covers the last eight weeks, and the same day always seeds
 * the same data.
 */
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface Calendar {
  /** The plain date `daysAgo` days before today (UTC midnight); negative for the future. */
  day(daysAgo: number): Date;
  /** A moment on that day, at `hour` (UTC, fractions for minutes). */
  at(daysAgo: number, hour: number): Date;
}

export function calendar(now: Date): Calendar {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const day = (daysAgo: number) => new Date(today - daysAgo * DAY_MS);
  return { day, at: (daysAgo, hour) => new Date(day(daysAgo).getTime() + hour * HOUR_MS) };
}

/** The ids the story's parts hand to each other, by the short names the story uses. */
export type Ids = Record<string, string>;

export function idOf(ids: Ids, key: string): string {
  const id = ids[key];
  if (!id) throw new Error(`seed story: nothing called "${key}"`);
  return id;
}
