/**
 * The roster's order — who needs attention first: no health score yet (too
 * little recorded to judge: new, or gone quiet), then the lowest score, then
 * the longest without activity (never active counts as longest), then the
 * client's id so that the order is total. It runs in SQL (`needKey` is the
 * sort key over the roster statement's columns) so that a caseload of
 * thousands is ordered and cut by the database, not loaded into JS.
 *
 * Paging is keyset over that order: the cursor is the last entry's sort key
 * (score, last activity, id), and the next page is every entry that sorts
 * strictly after it in the order of that request. The key is total, so an
 * entry whose key did not change between two requests is never shown twice
 * nor skipped, whatever was added, removed or rescored around it; an entry
 * whose own score moved across the cursor meanwhile can appear again or not
 * at all, as in any keyset list whose sort key is edited.
 */
import { Prisma } from "@traction/db";
import { isWithinDateRange, ZIdSchema } from "@traction/schemas";
import { invalid } from "../../lib/errors.ts";
import { isoDate } from "../insights/queries/params.ts";

export interface NeedKey {
  healthScore: number | null;
  lastActivityOn: Date | null;
  clientId: string;
}

/**
 * The sort key (an `ORDER BY` list) over columns `health_score` (null: no
 * score, before every score), `last_activity_on` (null: never, before every
 * day) and `client_id`.
 */
export const needKey = (row: Prisma.Sql) =>
  Prisma.sql`COALESCE(${row}.health_score, -1), COALESCE(${row}.last_activity_on, '-infinity'::date), ${row}.client_id`;

/** The rows that sort strictly after `key` (a row comparison: the key's columns in order). */
export const afterNeed = (row: Prisma.Sql, key: NeedKey) =>
  Prisma.sql`(${needKey(row)}) > (${key.healthScore ?? -1}::int, ${
    key.lastActivityOn ? isoDate(key.lastActivityOn) : "-infinity"
  }::date, ${key.clientId}::uuid)`;

interface CursorPayload {
  h: number | null;
  d: string | null;
  id: string;
}

export function encodeNeedCursor(key: NeedKey): string {
  const payload: CursorPayload = { h: key.healthScore, d: key.lastActivityOn?.toISOString() ?? null, id: key.clientId };
  return Buffer.from(JSON.stringify(payload)).toString("base64url");
}

export function decodeNeedCursor(cursor: string): NeedKey {
  try {
    const payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Partial<CursorPayload>;
    const lastActivityOn = payload.d == null ? null : new Date(payload.d);
    if (
      (payload.h !== null && (!Number.isInteger(payload.h) || payload.h! < 0 || payload.h! > 100)) ||
      !ZIdSchema.safeParse(payload.id).success ||
      (lastActivityOn !== null && !isWithinDateRange(lastActivityOn))
    ) {
      throw new Error("bad cursor");
    }
    return { healthScore: payload.h ?? null, lastActivityOn, clientId: payload.id as string };
  } catch {
    throw invalid([{ path: "cursor", message: "is not a cursor this API returned" }]);
  }
}

/** Rows read with `limit + 1` → the page and the cursor after its last entry (null when nothing follows). */
export function needPage<T extends { healthScore: number | null; lastActivityOn: Date | null; client: { id: string } }>(
  rows: T[],
  limit: number,
): { data: T[]; nextCursor: string | null } {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeNeedCursor({ healthScore: last.healthScore, lastActivityOn: last.lastActivityOn, clientId: last.client.id })
      : null;
  return { data, nextCursor };
}
