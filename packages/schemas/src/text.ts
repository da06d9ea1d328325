/**
 * The edge of the API for text and dates (issue 13, item 1): every string a
 * client sends passes `isStorableText` (PostgreSQL cannot store NUL, U+0000,
 * and an unpaired UTF-16 surrogate is not Unicode text at all), and every date
 * or timestamp lies in `DATE_RANGE`, also after the arithmetic a route does on
 * it (a period's default start, a day added to an end). Both are checked by
 * the schemas, so a bad value is a 400 naming its field, never a 500.
 */
import { z } from "zod";

/** An unpaired high surrogate, or a low surrogate with no high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Native where the runtime has it (Node 20, current browsers; ES2024, beyond the lib we type against). */
const isWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** Whether PostgreSQL can store `value` as text (and it is well-formed Unicode). */
export function isStorableText(value: string): boolean {
  if (value.includes("\u0000")) return false;
  return isWellFormed ? isWellFormed.call(value) : !LONE_SURROGATE.test(value);
}

/** `value` with each NUL and lone surrogate replaced by U+FFFD, for text the server writes itself (error reasons). */
export function toStorableText(value: string): string {
  return value.replaceAll("\u0000", "\uFFFD").replace(new RegExp(LONE_SURROGATE.source, "g"), "\uFFFD");
}

export const UNSTORABLE_TEXT_MESSAGE =
  "contains a character that cannot be saved (a null character or half of an emoji); retype it without it";

/** Every text field: a string that passes `isStorableText`. Use instead of `z.string()`. */
export const text = () => z.string().refine(isStorableText, { message: UNSTORABLE_TEXT_MESSAGE, abort: true });

/** The same rule for string formats that do not exclude those characters themselves (URLs). */
export const storable = <T extends z.ZodString | z.ZodStringFormat>(schema: T): T =>
  schema.refine(isStorableText, { message: UNSTORABLE_TEXT_MESSAGE, abort: true }) as T;

/** Years every date and timestamp must lie in, unless a field says otherwise. */
export const DATE_RANGE = { fromYear: 1900, toYear: 2100 } as const;
export const EARLIEST_DATE = new Date(Date.UTC(DATE_RANGE.fromYear, 0, 1));
export const LATEST_DATE = new Date(Date.UTC(DATE_RANGE.toYear, 11, 31, 23, 59, 59, 999));
export const DATE_RANGE_MESSAGE = `must be between the years ${DATE_RANGE.fromYear} and ${DATE_RANGE.toYear}`;

/**
 * Whether `date` is a real `Date` within `DATE_RANGE` (for dates computed from input, and cursors). Takes
 * anything: an object refinement also runs when a field failed, and then sees that field undecoded.
 */
export function isWithinDateRange(date: unknown): date is Date {
  if (!(date instanceof Date)) return false;
  const time = date.getTime();
  return !Number.isNaN(time) && time >= EARLIEST_DATE.getTime() && time <= LATEST_DATE.getTime();
}

/** A `Date` within `DATE_RANGE`: the decoded side of the date and timestamp codecs. */
export const ZDateInRangeSchema = z
  .date()
  .min(EARLIEST_DATE, { message: DATE_RANGE_MESSAGE })
  .max(LATEST_DATE, { message: DATE_RANGE_MESSAGE });
