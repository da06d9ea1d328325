/**
 * The insights cache against the real database: data versions read fresh,
 * insights computed by the real statements. The source is only wrapped to
 * count (and, once, to hold back) computations.
 */
import type { TInsights } from "@traction/schemas";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { useTestApp } from "../../../test/helpers/app.ts";
import { daysAgo, makeContact, makeConversation } from "../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../test/helpers/users.ts";
import { dataVersions } from "./data-versions.ts";
import { computeInsights } from "./get-insights.ts";
import { InsightsCache, type InsightsSource } from "./insights-cache.ts";
import { resolvePeriod, type Period } from "./period.ts";

const ctx = useTestApp();
let ann: TestUser;
let bob: TestUser;
let cy: TestUser;

beforeAll(async () => {
  [ann, bob, cy] = [await signUp(ctx.app), await signUp(ctx.app), await signUp(ctx.app)];
});

/** A real source that records the owners of every computation; `hold` makes the next one wait for `release`. */
function countingSource() {
  const calls: string[][] = [];
  let gate: Promise<void> | undefined;
  let release = () => {};
  const source: InsightsSource = {
    versions: (ownerIds) => dataVersions(ctx.app.db, ownerIds),
    compute: async (ownerIds, period) => {
      calls.push([...ownerIds]);
      const held = gate;
      gate = undefined;
      const result = computeInsights(ctx.app.db, ownerIds, period);
      await held;
      return result;
    },
  };
  const hold = () => {
    gate = new Promise<void>((resolve) => (release = resolve));
    return () => release();
  };
  return { calls, source, hold };
}

const conversationsOf = (insights: Map<string, TInsights>, user: TestUser) => insights.get(user.user.id)!.funnel.conversations;
const ids = (...users: TestUser[]) => users.map((user) => user.user.id);
const today = (): Period => resolvePeriod({});

describe("InsightsCache", () => {
  it("computes only the owners it does not hold, all together, and gives what a fresh computation gives", async () => {
    const { calls, source } = countingSource();
    const cache = new InsightsCache(source, 100);
    await cache.get(ids(bob, ann), today());
    const result = await cache.get(ids(ann, bob, cy), today());
    expect(calls).toEqual([ids(ann, bob).sort(), ids(cy)]);
    expect([...result.keys()].sort()).toEqual(ids(ann, bob, cy).sort());
    expect(result).toEqual(await computeInsights(ctx.app.db, ids(ann, bob, cy), today()));
    expect(cache.stats()).toEqual({ hits: 2, misses: 3, entries: 3 });
  });

  it("recomputes an owner as soon as they write, and nobody else", async () => {
    const { calls, source } = countingSource();
    const cache = new InsightsCache(source, 100);
    const before = await cache.get(ids(ann, bob), today());
    await makeConversation(ctx.app, ann);
    const after = await cache.get(ids(ann, bob), today());
    expect(calls).toEqual([ids(ann, bob).sort(), ids(ann)]);
    expect(conversationsOf(after, ann)).toBe(conversationsOf(before, ann) + 1);
    expect(after.get(bob.user.id)).toBe(before.get(bob.user.id));
  });

  it("keeps periods apart, and a period still running apart from the same period seen on another day", async () => {
    const { calls, source } = countingSource();
    const cache = new InsightsCache(source, 100);
    await cache.get(ids(ann), today());
    await cache.get(ids(ann), resolvePeriod({ from: new Date(daysAgo(6)) }));
    const running = { from: new Date(daysAgo(6)), to: new Date(daysAgo(-7)) };
    await cache.get(ids(ann), resolvePeriod(running));
    await cache.get(ids(ann), resolvePeriod(running, new Date(Date.now() + 86_400_000)));
    await cache.get(ids(ann), today());
    expect(calls).toHaveLength(4);
  });

  it("shares one computation between concurrent requests for the same owners", async () => {
    const { calls, source } = countingSource();
    const cache = new InsightsCache(source, 100);
    const results = await Promise.all(Array.from({ length: 10 }, () => cache.get(ids(ann, bob), today())));
    expect(calls).toHaveLength(1);
    expect(new Set(results.map((result) => result.get(ann.user.id))).size).toBe(1);
  });

  it("never hides a write that lands while a computation is running", async () => {
    const { calls, source, hold } = countingSource();
    const cache = new InsightsCache(source, 100);
    const release = hold();
    const pending = cache.get(ids(cy), today());
    while (calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const before = conversationsOf(await computeInsights(ctx.app.db, ids(cy), today()), cy);
    await makeConversation(ctx.app, cy);
    release();
    await pending;
    expect(conversationsOf(await cache.get(ids(cy), today()), cy)).toBe(before + 1);
  });

  it("holds at most maxEntries, evicting the least recently used", async () => {
    const { calls, source } = countingSource();
    const cache = new InsightsCache(source, 2);
    await cache.get(ids(ann, bob), today());
    await cache.get(ids(ann), today()); // ann is now the most recently used
    await cache.get(ids(cy), today()); // evicts bob
    expect(cache.stats().entries).toBe(2);
    await cache.get(ids(ann, bob, cy), today());
    expect(calls.at(-1)).toEqual(ids(bob));
  });

  it("computes every time with maxEntries 0", async () => {
    const { calls, source } = countingSource();
    const cache = new InsightsCache(source, 0);
    await cache.get(ids(ann), today());
    await cache.get(ids(ann), today());
    expect(calls).toHaveLength(2);
    expect(cache.stats().entries).toBe(0);
  });
});

describe("insights served by two API processes over one database", () => {
  it("show at once in one process what was written through the other", async () => {
    const other = await buildApp(ctx.config);
    await other.ready();
    try {
      const user = await signUp(ctx.app);
      const conversations = async () =>
        (await request(ctx.app.server).get("/api/v1/insights").set(user.auth).expect(200)).body.funnel.conversations;
      expect(await conversations()).toBe(0);
      expect(await conversations()).toBe(0); // now cached in this process
      const contact = await makeContact(other, user);
      await makeConversation(other, user, { contactIds: [contact.id] });
      expect(await conversations()).toBe(1);
      expect(ctx.app.insights.stats().hits).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });
});
