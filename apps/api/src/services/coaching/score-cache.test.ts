import { describe, expect, it } from "vitest";
import type { ClientScore } from "./score-clients.ts";
import { ScoreCache } from "./score-cache.ts";

const score = (healthScore: number): ClientScore => ({
  healthScore,
  flags: [],
  lastActivityOn: null,
  targets: {
    weekStart: new Date("2026-11-23T00:00:00Z"),
    events: { target: 2, actual: 0 },
    newContacts: { target: 5, actual: 0 },
    oneOnOnes: { target: 1, actual: 0 },
    conversationsMentioningSearchPct: { target: 50, actual: 0 },
  },
});

/** A compute function that records what it was asked for and scores every client `value`. */
function recorder(value = 50) {
  const calls: string[][] = [];
  const compute = async (ids: string[]) => {
    calls.push([...ids]);
    return new Map(ids.map((id) => [id, score(value)]));
  };
  return { calls, compute };
}

describe("ScoreCache", () => {
  it("computes only the clients it does not hold, all together", async () => {
    const cache = new ScoreCache({ ttlMs: 1000, maxEntries: 100, now: () => 0 });
    const { calls, compute } = recorder();
    await cache.scores(["b", "a"], compute);
    const result = await cache.scores(["a", "b", "c"], compute);
    expect(calls).toEqual([["a", "b"], ["c"]]);
    expect([...result.keys()].sort()).toEqual(["a", "b", "c"]);
  });

  it("forgets an entry after ttlMs", async () => {
    let now = 0;
    const cache = new ScoreCache({ ttlMs: 1000, maxEntries: 100, now: () => now });
    const { calls, compute } = recorder();
    await cache.scores(["a"], compute);
    now = 999;
    await cache.scores(["a"], compute);
    expect(calls).toHaveLength(1);
    now = 1000;
    await cache.scores(["a"], compute);
    expect(calls).toHaveLength(2);
  });

  it("shares one computation between concurrent requests for the same clients", async () => {
    const cache = new ScoreCache({ ttlMs: 1000, maxEntries: 100, now: () => 0 });
    const { calls, compute } = recorder();
    await Promise.all(Array.from({ length: 10 }, () => cache.scores(["a", "b"], compute)));
    expect(calls).toEqual([["a", "b"]]);
  });

  it("drops an invalidated client, and does not keep a result computed across the invalidation", async () => {
    const cache = new ScoreCache({ ttlMs: 1000, maxEntries: 100, now: () => 0 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async (ids: string[]) => {
      await gate;
      return new Map(ids.map((id) => [id, score(10)]));
    };
    const pending = cache.scores(["a", "b"], slow);
    cache.invalidate("a");
    release();
    expect((await pending).get("a")!.healthScore).toBe(10);

    const { calls, compute } = recorder(90);
    const next = await cache.scores(["a", "b"], compute);
    expect(calls).toEqual([["a"]]);
    expect(next.get("a")!.healthScore).toBe(90);
    expect(next.get("b")!.healthScore).toBe(10);
  });

  it("never holds more than maxEntries", async () => {
    let now = 0;
    const cache = new ScoreCache({ ttlMs: 10, maxEntries: 2, now: () => now });
    const { calls, compute } = recorder();
    await cache.scores(["a", "b", "c"], compute);
    await cache.scores(["a", "b", "c"], compute);
    expect(calls[1]).toHaveLength(1);
    now = 20;
    await cache.scores(["d", "e"], compute);
    await cache.scores(["d", "e"], compute);
    expect(calls).toHaveLength(3);
  });
});
