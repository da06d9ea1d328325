/**
 * The roster's order — who needs attention first: the lowest health score,
 * then the longest without activity (never active counts as longest), then the
 * client's id so that the order is total. The cursor is the last entry's sort
 * key, so a page follows on from where the previous one stopped even when
 * scores moved in between.
 */
import { isWithinDateRange, ZIdSchema } from "@traction/schemas";
import { invalid } from "../../lib/errors.ts";

export interface NeedKey {
  healthScore: number;
  lastActivityOn: Date | null;
  clientId: string;
}

const activity = (key: NeedKey) => key.lastActivityOn?.getTime() ?? Number.NEGATIVE_INFINITY;

export function byNeed(a: NeedKey, b: NeedKey): number {
  return (
    a.healthScore - b.healthScore || activity(a) - activity(b) || (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0)
  );
}

interface CursorPayload {
  h: number;
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
      typeof payload.h !== "number" ||
      !Number.isFinite(payload.h) ||
      !ZIdSchema.safeParse(payload.id).success ||
      (lastActivityOn !== null && !isWithinDateRange(lastActivityOn))
    ) {
      throw new Error("bad cursor");
    }
    return { healthScore: payload.h, lastActivityOn, clientId: payload.id as string };
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
