import { describe, expect, it } from "vitest";
import { decodeNeedCursor, encodeNeedCursor, type NeedKey } from "./roster-order.ts";

const key = (healthScore: number | null, lastActivityOn: string | null): NeedKey => ({
  healthScore,
  lastActivityOn: lastActivityOn ? new Date(lastActivityOn) : null,
  clientId: "00000000-0000-4000-8000-0000000000a1",
});
const cursor = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString("base64url");

// The order itself runs in SQL: routes/api/v1/coach/roster.test.ts and get-roster.test.ts test it.
describe("the roster's cursor", () => {
  it("round-trips with or without a score and a last activity", () => {
    for (const k of [key(null, null), key(55, "2026-11-02"), key(0, null), key(100, "2026-11-30")])
      expect(decodeNeedCursor(encodeNeedCursor(k))).toEqual(k);
  });

  it("refuses anything it did not hand out, including scores no client can have", () => {
    const id = "00000000-0000-4000-8000-0000000000a1";
    for (const bad of [
      "nope",
      cursor(null),
      cursor({ h: "1", id }),
      cursor({ h: 1, id: "x" }),
      cursor({ h: 55.5, d: null, id }),
      cursor({ h: -1, d: null, id }),
      cursor({ h: 1e12, d: null, id }),
      cursor({ h: 1, d: "3026-01-01", id }),
    ]) {
      expect(() => decodeNeedCursor(bad)).toThrow();
    }
  });
});
