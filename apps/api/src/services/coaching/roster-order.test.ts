import { describe, expect, it } from "vitest";
import { byNeed, decodeNeedCursor, encodeNeedCursor, needPage, type NeedKey } from "./roster-order.ts";

/** Cursors carry real ids: a short name becomes a UUID that sorts the same way. */
const uuid = (name: string) => `00000000-0000-4000-8000-${Buffer.from(name).toString("hex").padEnd(12, "0")}`;
const key = (healthScore: number | null, lastActivityOn: string | null, clientId: string): NeedKey => ({
  healthScore,
  lastActivityOn: lastActivityOn ? new Date(lastActivityOn) : null,
  clientId: uuid(clientId),
});
const names = (keys: NeedKey[]) => keys.map((k) => Buffer.from(k.clientId.slice(-12).replace(/(00)+$/, ""), "hex").toString());

describe("the roster's order", () => {
  it("puts clients without a score first (too little to judge: new or gone quiet), then the lowest score, then the longest idle", () => {
    const keys = [
      key(null, "2026-11-01", "a"),
      key(100, "2026-11-20", "b"),
      key(40, "2026-11-20", "c"),
      key(40, null, "d"),
      key(null, null, "e"),
      key(40, "2026-11-20", "b0"),
    ];
    expect(names([...keys].sort(byNeed))).toEqual(["e", "a", "d", "b0", "c", "b"]);
  });

  it("round-trips a cursor with or without a score, and refuses anything else", () => {
    for (const k of [key(null, null, "x"), key(55, "2026-11-02", "y")]) expect(decodeNeedCursor(encodeNeedCursor(k))).toEqual(k);
    for (const bad of [
      "nope",
      Buffer.from("null").toString("base64url"),
      Buffer.from('{"h":"1","id":"x"}').toString("base64url"),
    ]) {
      expect(() => decodeNeedCursor(bad)).toThrow();
    }
  });

  it("pages through scored and unscored clients alike, each once", () => {
    const keys = Array.from({ length: 9 }, (_, index) => key(index % 3 === 0 ? null : index * 10, null, `id${index}`));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = needPage(keys, (k) => k, 2, cursor);
      seen.push(...page.data.map((k) => k.clientId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...keys].sort(byNeed).map((k) => k.clientId));
  });
});
