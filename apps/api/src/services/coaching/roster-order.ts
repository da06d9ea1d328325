/**
 * The roster's order — who needs attention first: no health score yet (too
 * little recorded to judge: new, or gone quiet), then the lowest score, then
 * the longest without activity (never active counts as longest), then the
 * client's id so that the order is total.
 *
 * Paging is keyset over that order: the cursor is the last entry's sort key
 * (score, last activity, id), and the next page is every entry that sorts
 * strictly after it in the order computed for that request. The key is total,
 * so an entry whose key did not change between two requests is never shown
 * twice nor skipped, whatever was added, removed or rescored around it; an
 * entry whose own score moved across the cursor meanwhile can appear again or
 * not at all, as in any keyset list whose sort key is edited.
 */
import { isWithinDateRange, ZIdSchema } from "@traction/schemas";
import { invalid } from "../../lib/errors.ts";

export interface NeedKey {
  healthScore: number | null;
  lastActivityOn: Date | null;
  clientId: string;
}

const activity = (key: NeedKey) => key.lastActivityOn?.getTime() ?? Number.NEGATIVE_INFINITY;
// Infinities compare equal to themselves (subtracting them would give NaN).
const compare = <T extends number | string>(a: T, b: T) => (a < b ? -1 : a > b ? 1 : 0);
/** `null` (not enough data to judge) before every score. */
const health = (key: NeedKey) => key.healthScore ?? -1;

export function byNeed(a: NeedKey, b: NeedKey): number {
  return compare(health(a), health(b)) || compare(activity(a), activity(b)) || compare(a.clientId, b.clientId);
}

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
      (payload.h !== null && (typeof payload.h !== "number" || !Number.isFinite(payload.h))) ||
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

/** Sorts by need and cuts the page that follows `cursor`. */
export function needPage<Entry>(entries: Entry[], keyOf: (entry: Entry) => NeedKey, limit: number, cursor?: string) {
  // Each entry's key once, not once per comparison.
  const sorted = entries.map((entry) => ({ entry, key: keyOf(entry) })).sort((a, b) => byNeed(a.key, b.key));
  const after = cursor ? decodeNeedCursor(cursor) : null;
  const rest = after ? sorted.filter(({ key }) => byNeed(key, after) > 0) : sorted;
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return { data: page.map(({ entry }) => entry), nextCursor: rest.length > limit && last ? encodeNeedCursor(last.key) : null };
}
