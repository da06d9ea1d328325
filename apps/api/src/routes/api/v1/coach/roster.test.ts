import request from "supertest";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { linkCoach, revokeLink } from "../../../../../test/helpers/coaching.ts";
import { daysAgo, makeContact, makeEvent, makeTask, makeVenue, post } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";
import { getRoster } from "../../../../services/coaching/get-roster.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

interface Entry {
  client: { id: string; name: string };
  linkId: string;
  healthScore: number | null;
  flags: string[];
  lastActivityOn: string | null;
  targets: Record<string, unknown>;
  lastReviewWeek: string | null;
  reviewedLastWeek: boolean;
}

let coach: TestUser;
const clients: Record<"ida" | "sam" | "olga" | "quinn" | "ben", TestUser> = {} as never;

async function roster(query: Record<string, string | number> = {}) {
  const response = await api().get("/api/v1/coach/clients").query(query).set(coach.auth).expect(200);
  return response.body as { data: Entry[]; nextCursor: string | null };
}
const names = (entries: Entry[]) => entries.map((entry) => entry.client.name);

beforeAll(async () => {
  coach = await signUp(ctx.app, "COACH", "Cora Coach");
  const [ida, sam, olga, quinn, ben] = await Promise.all([
    signUp(ctx.app, "JOBSEEKER", "Idle Ida"),
    signUp(ctx.app, "JOBSEEKER", "Support Sam"),
    signUp(ctx.app, "JOBSEEKER", "Overdue Olga"),
    signUp(ctx.app, "JOBSEEKER", "Quiet Quinn"),
    signUp(ctx.app, "JOBSEEKER", "Busy Ben"),
  ]);
  Object.assign(clients, { ida, sam, olga, quinn, ben });

  // Ida has never logged anything: too little to judge, no score.
  // Sam spends all his hours at a jobseeker support group: WHERE and OPPORTUNITIES alert (50).
  const group = await makeVenue(ctx.app, sam, { kind: "JOBSEEKER_SUPPORT_GROUP" });
  for (const days of [3, 6, 9]) await makeEvent(ctx.app, sam, { venueId: group.id, date: daysAgo(days), hours: 2 });
  // Olga goes to one kind of venue, met three people and has a follow-up long overdue, no one-on-one (43).
  const rotary = await makeVenue(ctx.app, olga);
  const olgaEvents = [];
  for (const days of [5, 8, 12])
    olgaEvents.push(await makeEvent(ctx.app, olga, { venueId: rotary.id, date: daysAgo(days), hours: 1 }));
  for (const name of ["Pat", "Lee", "Kim"]) await makeContact(ctx.app, olga, { name, metAtEventId: olgaEvents[0]!.id });
  await makeTask(ctx.app, olga, { title: "Thank Pat", dueOn: daysAgo(20) });
  // Quinn went to three events three weeks ago and nothing since: stalled, one kind of venue (68).
  const club = await makeVenue(ctx.app, quinn);
  for (const days of [20, 21, 22]) await makeEvent(ctx.app, quinn, { venueId: club.id, date: daysAgo(days), hours: 1 });
  // Ben: two kinds of venue besides, and a conversation that mentioned the search and explained what he does (100).
  const meetup = await makeVenue(ctx.app, ben, { kind: "MEETUP" });
  await makeEvent(ctx.app, ben, { date: daysAgo(4), hours: 2 });
  await makeEvent(ctx.app, ben, {
    date: daysAgo(5),
    hours: 1,
    venueId: (await makeVenue(ctx.app, ben, { kind: "PROFESSIONAL_ASSOCIATION" })).id,
  });
  const event = await makeEvent(ctx.app, ben, { venueId: meetup.id, date: daysAgo(2), hours: 2 });
  const contact = await makeContact(ctx.app, ben, { metAtEventId: event.id });
  await post(ctx.app, ben, "/api/v1/conversations", {
    date: daysAgo(2),
    contactIds: [contact.id],
    eventId: event.id,
    mentionedJobSearch: true,
    explainedWhatIDo: true,
  });

  for (const client of [ida, sam, olga, quinn, ben]) await linkCoach(ctx.app, client, coach);
  // Neither an unlinked jobseeker nor a revoked client is on the roster.
  await signUp(ctx.app, "JOBSEEKER", "Stranger Sue");
  const gone = await signUp(ctx.app, "JOBSEEKER", "Gone Gary");
  await revokeLink(ctx.app, gone, await linkCoach(ctx.app, gone, coach));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the roster", () => {
  it("lists every active client, most in need first: no score yet, then lowest health, then longest without activity", async () => {
    const { data, nextCursor } = await roster();
    expect(nextCursor).toBeNull();
    expect(names(data)).toEqual(["Idle Ida", "Overdue Olga", "Support Sam", "Quiet Quinn", "Busy Ben"]);
    const byName = Object.fromEntries(data.map((entry) => [entry.client.name, entry]));
    expect(byName["Idle Ida"]).toMatchObject({ healthScore: null, lastActivityOn: null, flags: [] });
    expect(byName["Overdue Olga"]).toMatchObject({
      healthScore: 43,
      flags: ["FEW_VENUE_KINDS", "NO_ONE_ON_ONES", "OVERDUE_FOLLOW_UPS"],
    });
    expect(byName["Support Sam"]).toMatchObject({
      healthScore: 50,
      lastActivityOn: daysAgo(3),
      flags: ["SUPPORT_GROUP_HEAVY", "FEW_VENUE_KINDS"],
    });
    expect(byName["Quiet Quinn"]).toMatchObject({ healthScore: 68, flags: ["FEW_VENUE_KINDS", "STALLED"] });
    // Adding a contact counts as activity: Ben added one today.
    expect(byName["Busy Ben"]).toMatchObject({ healthScore: 100, flags: [], lastActivityOn: daysAgo(0) });
  });

  it("says for each client exactly what the client's own insights say", async () => {
    const { data } = await roster();
    for (const entry of data) {
      const client = Object.values(clients).find((user) => user.user.id === entry.client.id)!;
      const insights = await api().get("/api/v1/insights").set(client.auth).expect(200);
      expect(entry).toEqual({
        client: { id: client.user.id, name: client.user.name },
        linkId: expect.any(String),
        healthScore: insights.body.healthScore,
        flags: insights.body.flags,
        lastActivityOn: insights.body.lastActivityOn,
        targets: insights.body.targets,
        lastReviewWeek: null,
        reviewedLastWeek: false,
      });
    }
  });

  it("shows this week against each client's own targets", async () => {
    await api()
      .put("/api/v1/plan")
      .set(clients.ben.auth)
      .send({ weeklyTargets: { events: 4, newContacts: 8, oneOnOnes: 2, conversationsMentioningSearchPct: 75 } })
      .expect(200);
    const ben = (await roster({ q: "ben" })).data[0]!;
    expect(ben.targets).toMatchObject({
      events: { target: 4 },
      newContacts: { target: 8 },
      oneOnOnes: { target: 2 },
      conversationsMentioningSearchPct: { target: 75 },
    });
    const ida = (await roster({ q: "ida" })).data[0]!;
    expect(ida.targets).toMatchObject({ events: { target: 2, actual: 0 }, newContacts: { target: 5, actual: 0 } });
  });

  it("filters by flag and by client name", async () => {
    expect(names((await roster({ flag: "SUPPORT_GROUP_HEAVY" })).data)).toEqual(["Support Sam"]);
    expect(names((await roster({ flag: "OVERDUE_FOLLOW_UPS" })).data)).toEqual(["Overdue Olga"]);
    expect(names((await roster({ flag: "STALLED" })).data)).toEqual(["Quiet Quinn"]);
    expect(names((await roster({ q: "OLG" })).data)).toEqual(["Overdue Olga"]);
    expect(names((await roster({ q: "nobody" })).data)).toEqual([]);
    const bad = await api().get("/api/v1/coach/clients").query({ flag: "LAZY" }).set(coach.auth).expect(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path)).toEqual(["flag"]);
  });

  it("pages in the same order with a cursor, and rejects a cursor it did not hand out", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: Entry[]; nextCursor: string | null } = await roster({ limit: 1, ...(cursor ? { cursor } : {}) });
      expect(page.data.length).toBeLessThanOrEqual(1);
      seen.push(...names(page.data));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["Idle Ida", "Overdue Olga", "Support Sam", "Quiet Quinn", "Busy Ben"]);
    await api().get("/api/v1/coach/clients").query({ cursor: "nope" }).set(coach.auth).expect(400);
  });

  it("is empty for a coach with no clients", async () => {
    const lonely = await signUp(ctx.app, "COACH");
    await api().get("/api/v1/coach/clients").set(lonely.auth).expect(200, { data: [], nextCursor: null });
  });

  /** How many SQL statements one roster request runs. */
  async function statements(user: TestUser) {
    const spy = vi.spyOn(ctx.app.db, "$queryRaw");
    await api().get("/api/v1/coach/clients").set(user.auth).expect(200);
    const count = spy.mock.calls.length;
    spy.mockRestore();
    return count;
  }
  async function caseload(size: number) {
    const owner = await signUp(ctx.app, "COACH");
    const members: TestUser[] = [];
    for (const index of Array.from({ length: size }, (_, i) => i)) {
      const client = await signUp(ctx.app, "JOBSEEKER", `Client ${index}`);
      await makeEvent(ctx.app, client, { date: daysAgo(index + 1) });
      await linkCoach(ctx.app, client, owner);
      members.push(client);
    }
    return { owner, members };
  }

  it("runs the same number of statements for a caseload of 3 as of 12 (set-based, not per client)", async () => {
    const [small, big] = [await caseload(3), await caseload(12)];
    const cold = await statements(small.owner);
    expect(cold).toBeGreaterThan(0);
    expect(await statements(big.owner)).toBe(cold);
  });

  it("keeps the scores between requests, but shows a client's own write at once", async () => {
    const { owner, members } = await caseload(2);
    const cold = await statements(owner);
    expect(await statements(owner)).toBeLessThan(cold);
    const before = (await api().get("/api/v1/coach/clients").set(owner.auth).expect(200)).body.data as Entry[];
    const client = members[0]!;
    const eventsBefore = (before.find((entry) => entry.client.id === client.user.id)!.targets.events as { actual: number })
      .actual;

    await makeEvent(ctx.app, client, { date: daysAgo(0) });
    const after = (await api().get("/api/v1/coach/clients").set(owner.auth).expect(200)).body.data as Entry[];
    const entry = after.find((row) => row.client.id === client.user.id)!;
    expect(entry).toMatchObject({ lastActivityOn: daysAgo(0), targets: { events: { actual: eventsBefore + 1 } } });

    // A coach's assignment, overdue already, counts as a write for the client too
    // (once the client has met enough people for follow-ups to be judged).
    for (const name of ["Ann", "Bea", "Cal"]) await makeContact(ctx.app, client, { name });
    await api()
      .post(`/api/v1/coach/clients/${client.user.id}/tasks`)
      .set(owner.auth)
      .send({ title: "Call back", dueOn: daysAgo(3) })
      .expect(201);
    const flagged = (await api().get("/api/v1/coach/clients").set(owner.auth).expect(200)).body.data as Entry[];
    expect(flagged.find((row) => row.client.id === client.user.id)!.flags).toContain("OVERDUE_FOLLOW_UPS");
  });
});

describe("one client's entry", () => {
  it("is exactly the client's entry on the roster", async () => {
    const { data } = await roster();
    for (const entry of data) {
      const one = await api().get(`/api/v1/coach/clients/${entry.client.id}`).set(coach.auth).expect(200);
      expect(one.body).toEqual(entry);
    }
  });

  it("is 404 for a client the coach is not linked to, a revoked one, and a made-up id", async () => {
    const stranger = await signUp(ctx.app);
    const revoked = await signUp(ctx.app);
    await revokeLink(ctx.app, revoked, await linkCoach(ctx.app, revoked, coach));
    for (const id of [stranger.user.id, revoked.user.id, "00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const response = await api().get(`/api/v1/coach/clients/${id}`).set(coach.auth).expect(404);
      expect(response.body.title).toBeDefined();
    }
  });
});

describe("last week's review", () => {
  const review = (owner: TestUser, weekStart: string) =>
    ctx.app.db.review.create({
      data: { ownerId: owner.user.id, weekStart: new Date(`${weekStart}T00:00:00.000Z`), snapshot: {} },
    });
  const timezone = (user: TestUser, zone: string) =>
    ctx.app.db.user.update({ where: { id: user.user.id }, data: { timezone: zone } });

  it("is last week in each client's own time zone", async () => {
    const reviewer = await signUp(ctx.app, "COACH");
    const [east, west, never] = await Promise.all([signUp(ctx.app), signUp(ctx.app), signUp(ctx.app)]);
    for (const member of [east, west, never]) await linkCoach(ctx.app, member, reviewer);
    await timezone(east, "Pacific/Kiritimati"); // UTC+14
    await timezone(west, "Pacific/Pago_Pago"); // UTC-11
    await review(east, "2026-11-16");
    await review(east, "2026-11-23");
    await review(west, "2026-11-23");
    // Monday 30 November, 05:00 UTC: Monday evening in Kiritimati (last week began 23 November),
    // still Sunday 29 November in Pago Pago (last week began 16 November).
    const now = new Date("2026-11-30T05:00:00.000Z");
    const rosterAt = async (at: Date) => (await getRoster(ctx.app.db, ctx.app.insights, reviewer.user.id, { limit: 100 }, at)).data;
    const links = new Map((await rosterAt(now)).map((entry) => [entry.client.id, entry]));
    expect(links.get(east.user.id)).toMatchObject({ reviewedLastWeek: true, lastReviewWeek: new Date("2026-11-23") });
    expect(links.get(west.user.id)).toMatchObject({ reviewedLastWeek: false, lastReviewWeek: new Date("2026-11-23") });
    expect(links.get(never.user.id)).toMatchObject({ reviewedLastWeek: false, lastReviewWeek: null });
    // Six hours later it is Monday in Pago Pago too: their review of 23 November is now last week's.
    const later = await rosterAt(new Date("2026-11-30T11:00:00.000Z"));
    expect(later.find((entry) => entry.client.id === west.user.id)).toMatchObject({ reviewedLastWeek: true });
  });

  it("shows on the roster and the client's entry, and moves when the client writes a review", async () => {
    const reviewer = await signUp(ctx.app, "COACH");
    const member = await signUp(ctx.app);
    await linkCoach(ctx.app, member, reviewer);
    const entry = async () =>
      (await api().get(`/api/v1/coach/clients/${member.user.id}`).set(reviewer.auth).expect(200)).body as Entry;
    expect(await entry()).toMatchObject({ reviewedLastWeek: false, lastReviewWeek: null });
    const lastMonday = new Date(Date.now() - 7 * 86_400_000);
    lastMonday.setUTCDate(lastMonday.getUTCDate() - ((lastMonday.getUTCDay() + 6) % 7));
    const week = lastMonday.toISOString().slice(0, 10);
    await review(member, week);
    expect(await entry()).toMatchObject({ reviewedLastWeek: true, lastReviewWeek: week });
    const listed = (await api().get("/api/v1/coach/clients").set(reviewer.auth).expect(200)).body.data as Entry[];
    expect(listed[0]).toMatchObject({ reviewedLastWeek: true, lastReviewWeek: week });
  });
});

describe("paging a large caseload", () => {
  it("lists every client exactly once across pages, even when a client is linked between pages", async () => {
    const owner = await signUp(ctx.app, "COACH");
    const members = await Promise.all(Array.from({ length: 23 }, (_, index) => signUp(ctx.app, "JOBSEEKER", `Member ${index}`)));
    for (const member of members) await linkCoach(ctx.app, member, owner);
    const page = async (cursor?: string) =>
      (
        await api()
          .get("/api/v1/coach/clients")
          .query(cursor ? { cursor } : {})
          .set(owner.auth)
          .expect(200)
      ).body as {
        data: Entry[];
        nextCursor: string | null;
      };
    const first = await page();
    expect(first.data).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    // Meanwhile a new client is linked: listed on the second page or not, depending on where it sorts.
    const late = await signUp(ctx.app, "JOBSEEKER", "Member late");
    await linkCoach(ctx.app, late, owner);
    const second = await page(first.nextCursor!);
    expect(second.nextCursor).toBeNull();
    const seen = [...first.data, ...second.data].map((entry) => entry.client.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => id !== late.user.id).sort()).toEqual(members.map((member) => member.user.id).sort());
    // The full order, fetched again, includes the late client.
    const all = (await api().get("/api/v1/coach/clients").query({ limit: 100 }).set(owner.auth).expect(200)).body.data;
    expect(all).toHaveLength(24);
  });

  it("searches names literally: % and _ are not wildcards", async () => {
    expect(names((await roster({ q: "%" })).data)).toEqual([]);
    expect(names((await roster({ q: "_" })).data)).toEqual([]);
    expect(names((await roster({ q: "  sam " })).data)).toEqual(["Support Sam"]);
  });
});
