/** The buffer against the real database: when it writes, how many statements, and what it drops. */
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestApp } from "../../../test/helpers/app.ts";
import { signUp, type TestUser } from "../../../test/helpers/users.ts";
import { AccessLogBuffer } from "./access-log-buffer.ts";

const ctx = useTestApp();
let coach: TestUser;
let client: TestUser;

beforeAll(async () => {
  [coach, client] = await Promise.all([signUp(ctx.app, "COACH"), signUp(ctx.app)]);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const count = (resource: string) => ctx.app.db.accessLogEntry.count({ where: { clientId: client.user.id, resource } });
const read = (resource: string) => ({ coachId: coach.user.id, clientId: client.user.id, resource });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("AccessLogBuffer", () => {
  it("writes when it holds maxEntries, in one statement, without waiting for the timer", async () => {
    const buffer = new AccessLogBuffer(ctx.app.db, ctx.app.log, { maxEntries: 3, maxDelayMs: 60_000 });
    const inserts = vi.spyOn(ctx.app.db, "$executeRaw");
    buffer.record(read("size"));
    buffer.record(read("size"));
    await sleep(100);
    expect(await count("size")).toBe(0);
    buffer.record(read("size"));
    await expect.poll(() => count("size"), { timeout: 2000, interval: 20 }).toBe(3);
    expect(inserts).toHaveBeenCalledTimes(1);
    await buffer.flush();
  });

  it("writes maxDelayMs after the first entry when fewer arrive", async () => {
    const buffer = new AccessLogBuffer(ctx.app.db, ctx.app.log, { maxEntries: 100, maxDelayMs: 50 });
    buffer.record(read("timer"));
    buffer.record(read("timer"));
    await expect.poll(() => count("timer"), { timeout: 2000, interval: 20 }).toBe(2);
  });

  it("keeps the time of the read, and flush() waits for every write", async () => {
    const buffer = new AccessLogBuffer(ctx.app.db, ctx.app.log, { maxEntries: 2, maxDelayMs: 60_000 });
    const at = new Date("2026-11-02T10:00:00.000Z");
    for (let index = 0; index < 5; index++) buffer.record(read("flush"), at);
    await buffer.flush();
    expect(await count("flush")).toBe(5);
    const rows = await ctx.app.db.accessLogEntry.findMany({ where: { clientId: client.user.id, resource: "flush" } });
    expect(rows.every((row) => row.at.getTime() === at.getTime())).toBe(true);
  });

  it("drops the reads of an account deleted meanwhile and keeps the rest of the batch", async () => {
    const gone = await signUp(ctx.app);
    const buffer = new AccessLogBuffer(ctx.app.db, ctx.app.log, { maxEntries: 100, maxDelayMs: 60_000 });
    buffer.record(read("mixed"));
    buffer.record({ coachId: coach.user.id, clientId: gone.user.id, resource: "mixed" });
    await ctx.app.db.user.delete({ where: { id: gone.user.id } });
    await buffer.flush();
    expect(await count("mixed")).toBe(1);
  });
});
