/**
 * Keyset (cursor) pagination: rows are ordered by (sort key, id), descending
 * unless a sync read asks for ascending, and
 * the cursor names the last row seen, so concurrent inserts never shift a page.
 */
import { isWithinDateRange, ZIdSchema } from "@traction/schemas";
import { invalid } from "../../lib/errors.ts";

export type SortField = "createdAt" | "date" | "at" | "updatedAt" | "deletedAt";
/** Newest first, except sync reads (`updatedSince`, deletions), which go oldest change first. */
export type SortDirection = "desc" | "asc";

interface CursorPayload {
  k: string;
  id: string;
}

export function encodeCursor(sortValue: Date, id: string): string {
  return Buffer.from(JSON.stringify({ k: sortValue.toISOString(), id } satisfies CursorPayload)).toString("base64url");
}

export function decodeCursor(cursor: string): { sortValue: Date; id: string } {
  try {
    const payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Partial<CursorPayload>;
    const sortValue = new Date(payload.k ?? "");
    // A real UUID and a date PostgreSQL can compare: anything else is a cursor this API never made.
    if (!ZIdSchema.safeParse(payload.id).success || typeof payload.k !== "string" || !isWithinDateRange(sortValue)) {
      throw new Error("bad cursor");
    }
    return { sortValue, id: payload.id as string };
  } catch {
    throw invalid([{ path: "cursor", message: "is not a cursor this API returned" }]);
  }
}

/**
 * The Prisma `where` for the rows after (`field`, `id`) = (`sortValue`, `id`) in `direction`.
 * `field <= k` (or `>=`) repeats what the OR says so that PostgreSQL can start the index scan at the
 * cursor (an OR alone is only a filter: page n would read every row of pages 1 … n-1 again).
 */
export function rowsAfter(field: string, sortValue: Date, id: string, direction: SortDirection) {
  const after = direction === "desc" ? "lt" : "gt";
  return {
    [field]: { [direction === "desc" ? "lte" : "gte"]: sortValue },
    OR: [{ [field]: { [after]: sortValue } }, { [field]: sortValue, id: { [after]: id } }],
  };
}

/** The Prisma `where` and `orderBy` for one page after `cursor`. */
export function keyset(field: SortField, cursor: string | undefined, direction: SortDirection = "desc") {
  const orderBy = [{ [field]: direction }, { id: direction }];
  if (!cursor) return { where: {}, orderBy };
  const { sortValue, id } = decodeCursor(cursor);
  return { where: rowsAfter(field, sortValue, id, direction), orderBy };
}

/** Rows fetched with `take: limit + 1` → one page and the cursor of the next. */
export function toPage<Row extends { id: string }>(rows: Row[], limit: number, sortValueOf: (row: Row) => Date) {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return {
    data,
    nextCursor: rows.length > limit && last ? encodeCursor(sortValueOf(last), last.id) : null,
  };
}
