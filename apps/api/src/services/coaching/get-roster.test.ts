/**
 * The stored roster scores (RosterScore): served while they were computed for
 * the client's current data version, time zone and day; recomputed as soon as
 * any of the three moves.
 */
import request from "supertest";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestApp } from "../../../test/helpers/app.ts";
import { linkCoach, revokeLink } from "../../../test/helpers/coaching.ts";
import { makeEvent } from "../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../test/helpers/users.ts";
import { dataVersions } from "../insights/data-versions.ts";
import { getRoster, getRosterEntry } from "./get-roster.ts";
import { rosterRows } from "./roster-links.ts";
import { scoreClients } from "./score-clients.ts";

const ctx = useTestApp();
const DAY_MS = 86_400_000;

let coach: TestUser;
beforeAll(async () => {
  coach = await signUp(ctx.app, "COACH", "Cora Coach");
});

const roster = async (query: { q?: string; limit?: number; cursor?: string } = {}, now = new Date(), owner = coach) =>
  getRoster(ctx.app.db, ctx.app.insights, owner.user.id, { limit: 100, ...query }, now);
const entryOf = async (client: TestUser, now = new Date()) =>
  getRosterEntry(ctx.app.db, ctx.app.insights, coach.user.id, client.user.id, now);
const stored = (client: TestUser) => ctx.app.db.rosterScore.findUnique({ where: { clientId: client.user.id } });
const version = async (client: TestUser) => (await dataVersions(ctx.app.db, [client.user.id])).get(client.user.id)!;

async function linkedClient(name: string): Promise<TestUser> {
  const client = await signUp(ctx.app, "JOBSEEKER", name);
  await linkCoach(ctx.app, client, coach);
  return client;
}

/** The last Sunday before today (UTC), as `YYYY-MM-DD`, and the Monday after it. */
function lastWeekend(): { sunday: string; monday: string } {
  const today = new Date(new Date().toISOString().slice(0, 10));
  const sunday = new Date(today.getTime() - (today.getUTCDay() === 0 ? 7 : today.getUTCDay()) * DAY_MS);
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return { sunday: iso(sunday), monday: iso(new Date(sunday.getTime() + DAY_MS)) };
}

describe("stored roster scores", () => {
  it("are served as stored while fresh, ordered, searched, filtered and paged in SQL", async () => {
    const owner = await signUp(ctx.app, "COACH");
    const names = ["Ann", "Bea", "Cal", "Dee", "Eve"];
    const members = await Promise.all(names.map((name) => signUp(ctx.app, "JOBSEEKER", `${name} Stored`)));
    for (const member of members) await linkCoach(ctx.app, member, owner);
    // Scores no computation would give these empty accounts: only the stored rows can produce them.
    const now = new Date();
    const shape = { events: { target: 9, actual: 9 } };
    const scores: Array<[number | null, string | null, string[]]> = [
      [40, "2026-11-20", ["STALLED"]],
      [40, null, []],
      [null, "2026-11-01", []],
      [40, "2026-11-20", ["STALLED", "NO_ONE_ON_ONES"]],
      [7, "2026-11-25", ["NO_ONE_ON_ONES"]],
    ];
    for (const [index, member] of members.entries()) {
      const [healthScore, lastActivityOn, flags] = scores[index]!;
      await ctx.app.db.rosterScore.create({
        data: {
          clientId: member.user.id,
          version: BigInt(await version(member)),
          timeZone: "UTC",
          asOf: new Date(now.toISOString().slice(0, 10)),
          dayStart: new Date(now.getTime() - 60_000),
          dayEnd: new Date(now.getTime() + 60_000),
          healthScore,
          flags,
          lastActivityOn: lastActivityOn ? new Date(lastActivityOn) : null,
          targets: {
            weekStart: "2026-11-30",
            ...shape,
            newContacts: { target: 1, actual: 0 },
            oneOnOnes: { target: 1, actual: 0 },
            conversationsMentioningSearchPct: { target: 50, actual: 0 },
          },
        },
      });
    }
    const [ann, bea, , dee] = members.map((member) => member.user.id);
    // No score first, then the lowest, then never active before any day, then the longest idle, then the id.
    const tied = [ann!, dee!].sort();
    const order = ["Cal Stored", "Eve Stored", "Bea Stored", ...tied.map((id) => (id === ann ? "Ann Stored" : "Dee Stored"))];
    const listed = await roster({}, now, owner);
    expect(listed.data.map((entry) => entry.client.name)).toEqual(order);
    expect(listed.data.find((entry) => entry.client.id === bea)).toMatchObject({
      healthScore: 40,
      lastActivityOn: null,
      targets: { weekStart: new Date("2026-11-30"), events: { target: 9, actual: 9 } },
    });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await roster({ limit: 2, ...(cursor ? { cursor } : {}) }, now, owner);
      seen.push(...page.data.map((entry) => entry.client.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(order);

    const flagged = await getRoster(ctx.app.db, ctx.app.insights, owner.user.id, { limit: 100, flag: "STALLED" }, now);
    expect(flagged.data.map((entry) => entry.client.id)).toEqual(tied);
    expect((await roster({ q: "EVE s" }, now, owner)).data.map((entry) => entry.client.name)).toEqual(["Eve Stored"]);
  });

  it("are recomputed after the client writes, under their new data version", async () => {
    const client = await linkedClient("Writing Wes");
    expect((await entryOf(client)).lastActivityOn).toBeNull();
    const before = await stored(client);
    expect(before!.version.toString()).toBe(await version(client));

    const { sunday } = lastWeekend();
    await makeEvent(ctx.app, client, { date: sunday });
    expect(await version(client)).not.toBe(before!.version.toString());
    expect(await entryOf(client)).toMatchObject({ lastActivityOn: new Date(sunday) });
    const after = await stored(client);
    expect(after!.version.toString()).toBe(await version(client));
    expect(after!.computedAt.getTime()).toBeGreaterThanOrEqual(before!.computedAt.getTime());
  });

  it("are recomputed after the client changes time zone, which moves their data version", async () => {
    const client = await linkedClient("Moving Mo");
    const { sunday, monday } = lastWeekend();
    await makeEvent(ctx.app, client, { date: sunday });
    // Monday 03:00 UTC: a new week in UTC, still Sunday evening in Los Angeles.
    const now = new Date(`${monday}T03:00:00.000Z`);
    expect((await entryOf(client, now)).targets).toMatchObject({ weekStart: new Date(monday), events: { actual: 0 } });
    const unchanged = await version(client);

    await request(ctx.app.server)
      .patch("/api/v1/me")
      .set(client.auth)
      .send({ timezone: "America/Los_Angeles" })
      .expect(200);
    expect(await version(client)).not.toBe(unchanged);
    const moved = await entryOf(client, now);
    expect(moved.targets).toMatchObject({ weekStart: new Date(new Date(sunday).getTime() - 6 * DAY_MS), events: { actual: 1 } });
    expect(await stored(client)).toMatchObject({ timeZone: "America/Los_Angeles", asOf: new Date(sunday) });
  });

  it("are recomputed when a new day (and a new week) begins where the client lives", async () => {
    const client = await linkedClient("Weekend Wren");
    const { sunday, monday } = lastWeekend();
    await makeEvent(ctx.app, client, { date: sunday });
    const sundayNoon = new Date(`${sunday}T12:00:00.000Z`);
    const mondayNoon = new Date(`${monday}T12:00:00.000Z`);
    expect((await entryOf(client, sundayNoon)).targets).toMatchObject({ events: { actual: 1 } });
    expect(await stored(client)).toMatchObject({ asOf: new Date(sunday), dayEnd: new Date(`${monday}T00:00:00.000Z`) });

    const unchanged = await version(client);
    expect((await entryOf(client, mondayNoon)).targets).toMatchObject({ weekStart: new Date(monday), events: { actual: 0 } });
    expect(await version(client)).toBe(unchanged);
    expect(await stored(client)).toMatchObject({ asOf: new Date(monday) });
    // Back to Sunday (a request that started before midnight): that day's score again, not Monday's.
    expect((await entryOf(client, sundayNoon)).targets).toMatchObject({ events: { actual: 1 } });
  });

  it("leave the roster with the link, and are not reused stale when the client comes back", async () => {
    const client = await linkedClient("Leaving Lou");
    const listed = async () => (await roster({ q: "Leaving Lou" })).data;
    expect(await listed()).toHaveLength(1);
    const links = await request(ctx.app.server).get("/api/v1/coaches").set(client.auth).expect(200);
    await revokeLink(ctx.app, client, links.body.data[0].id);
    expect(await listed()).toEqual([]);
    await expect(entryOf(client)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // While unlinked the client keeps working; back on the roster, the score is today's.
    const { sunday } = lastWeekend();
    await makeEvent(ctx.app, client, { date: sunday });
    await linkCoach(ctx.app, client, coach);
    expect(await listed()).toMatchObject([{ lastActivityOn: new Date(sunday) }]);
  });

  it("computed while a write lands are stored under the version read before, so the next read recomputes", async () => {
    const client = await linkedClient("Racing Ray");
    await entryOf(client);
    await makeEvent(ctx.app, client, { date: lastWeekend().sunday });
    const first = await rosterRows(ctx.app.db, coach.user.id, { clientId: client.user.id, limit: 1 }, new Date());
    expect(first.stale.map((stale) => stale.clientId)).toEqual([client.user.id]);
    // Another write lands after the staleness was read, before the score is stored.
    await makeEvent(ctx.app, client, { date: lastWeekend().sunday });
    await scoreClients(ctx.app.db, ctx.app.insights, first.stale);
    const second = await rosterRows(ctx.app.db, coach.user.id, { clientId: client.user.id, limit: 1 }, new Date());
    expect(second.stale.map((stale) => stale.clientId)).toEqual([client.user.id]);
    await entryOf(client);
    const third = await rosterRows(ctx.app.db, coach.user.id, { clientId: client.user.id, limit: 1 }, new Date());
    expect(third.stale).toEqual([]);
  });

  it("found stale by concurrent requests are computed and stored once", async () => {
    const client = await linkedClient("Crowded Cy");
    await entryOf(client);
    await makeEvent(ctx.app, client, { date: lastWeekend().sunday });
    const spy = vi.spyOn(ctx.app.db, "$executeRaw");
    const entries = await Promise.all(Array.from({ length: 5 }, () => entryOf(client)));
    const upserts = spy.mock.calls.length;
    spy.mockRestore();
    expect(upserts).toBe(1);
    for (const entry of entries) expect(entry).toMatchObject({ lastActivityOn: new Date(lastWeekend().sunday) });
  });

  it("are shared by every coach of the client, and a fresh roster is one statement", async () => {
    const client = await linkedClient("Shared Shay");
    await entryOf(client);
    const other = await signUp(ctx.app, "COACH");
    await linkCoach(ctx.app, client, other);
    const computedAt = (await stored(client))!.computedAt;
    const spy = vi.spyOn(ctx.app.db, "$queryRaw");
    expect((await roster({}, new Date(), other)).data.map((entry) => entry.client.id)).toEqual([client.user.id]);
    const statements = spy.mock.calls.length;
    spy.mockRestore();
    expect(statements).toBe(1);
    expect((await stored(client))!.computedAt).toEqual(computedAt);
  });
});
