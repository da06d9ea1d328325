import { EFFECT_METRICS } from "@traction/schemas";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { createReview } from "../../../../services/reviews/create-review.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { linkCoach } from "../../../../../test/helpers/coaching.ts";
import { errorPaths, makeContact, makeVenue, post } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const today = () => new Date(`${iso(new Date())}T00:00:00.000Z`);
/** The Monday `weeksAgo` weeks before this week's (UTC). */
function monday(weeksAgo: number): Date {
  const day = today();
  return new Date(day.getTime() - (((day.getUTCDay() + 6) % 7) + 7 * weeksAgo) * DAY_MS);
}
const plus = (date: Date, days: number) => iso(new Date(date.getTime() + days * DAY_MS));

const TARGETS = { events: 3, newContacts: 4, oneOnOnes: 2, conversationsMentioningSearchPct: 70 };

async function review(user: TestUser, body: object) {
  return api().post("/api/v1/reviews").set(user.auth).send(body);
}

describe("POST /api/v1/reviews", () => {
  let dana: TestUser;
  const lastWeek = monday(1);

  beforeAll(async () => {
    dana = await signUp(ctx.app, "JOBSEEKER", "Dana Review");
    const venue = await makeVenue(ctx.app, dana, { kind: "JOBSEEKER_SUPPORT_GROUP", name: "Tuesday job club" });
    await post(ctx.app, dana, "/api/v1/events", { venueId: venue.id, date: plus(lastWeek, 1), hours: 2 });
    await post(ctx.app, dana, "/api/v1/events", { venueId: venue.id, date: plus(lastWeek, 3), hours: 1.5 });
    const ana = await makeContact(ctx.app, dana, { name: "Ana" });
    await post(ctx.app, dana, "/api/v1/conversations", {
      date: plus(lastWeek, 1),
      contactIds: [ana.id],
      mentionedJobSearch: true,
    });
    await post(ctx.app, dana, "/api/v1/conversations", { date: plus(lastWeek, 3), contactIds: [ana.id], smallTalkOnly: true });
    // Outside the week: must not count in its snapshot.
    await post(ctx.app, dana, "/api/v1/events", { venueId: venue.id, date: plus(lastWeek, -1), hours: 5 });
  });

  it("stores the week's snapshot against the plan it was measured by, and the new targets become the plan's", async () => {
    const planBefore = (await api().get("/api/v1/plan").set(dana.auth).expect(200)).body;
    const response = await review(dana, {
      weekStart: iso(lastWeek),
      wentWell: "Went to the job club twice.",
      toChange: "Only support groups; nobody heard what I do.",
      adjustments: [
        { area: "WHERE", note: "Try the Thursday business breakfast", findingCode: "SUPPORT_GROUP_HEAVY" },
        { area: "CONVERSATIONS", note: "Say what I do in every conversation" },
      ],
      weeklyTargets: TARGETS,
    });
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe(`/api/v1/reviews/${response.body.id}`);
    const body = response.body;
    expect(body).toMatchObject({
      weekStart: iso(lastWeek),
      wentWell: "Went to the job club twice.",
      adjustments: [
        { area: "WHERE", note: "Try the Thursday business breakfast", findingCode: "SUPPORT_GROUP_HEAVY" },
        { area: "CONVERSATIONS", note: "Say what I do in every conversation" },
      ],
      weeklyTargets: TARGETS,
    });
    expect(body.snapshot.period).toEqual({ from: iso(lastWeek), to: plus(lastWeek, 6) });
    expect(body.snapshot.week).toEqual({
      events: 2,
      hours: 3.5,
      newContacts: 1,
      conversations: 2,
      conversationsMentioningSearchPct: 50,
      oneOnOnes: 0,
      leads: 0,
    });
    // Measured against the targets the week had, not the ones this review sets.
    expect(body.snapshot.targets.events).toEqual({ target: planBefore.weeklyTargets.events, actual: 2 });
    expect(body.snapshot.tips.map((tip: { tip: string }) => tip.tip).sort()).toEqual(
      ["CONVERSATIONS", "ONE_ON_ONES", "OPPORTUNITIES", "WHERE"].sort(),
    );
    for (const finding of body.snapshot.findings) expect(body.snapshot.flags).toContain(finding.code);

    const plan = (await api().get("/api/v1/plan").set(dana.auth).expect(200)).body;
    expect(plan.weeklyTargets).toEqual(TARGETS);
    await api().get(`/api/v1/reviews/${body.id}`).set(dana.auth).expect(200, body);
  });

  it("refuses a second review of the same week with 409 and changes nothing (not even the plan)", async () => {
    const response = await review(dana, {
      weekStart: iso(lastWeek),
      weeklyTargets: { events: 9, newContacts: 9, oneOnOnes: 9, conversationsMentioningSearchPct: 9 },
    });
    expect(response.status).toBe(409);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.body.detail).toContain(iso(lastWeek));
    expect((await api().get("/api/v1/plan").set(dana.auth).expect(200)).body.weeklyTargets).toEqual(TARGETS);
    expect(await ctx.app.db.review.count({ where: { ownerId: dana.user.id } })).toBe(1);
  });

  it("replays a create with the same Idempotency-Key instead of answering 409", async () => {
    const body = { weekStart: iso(monday(5)), toChange: "Once" };
    const first = await api().post("/api/v1/reviews").set(dana.auth).set("Idempotency-Key", "review-5").send(body).expect(201);
    const again = await api().post("/api/v1/reviews").set(dana.auth).set("Idempotency-Key", "review-5").send(body).expect(201);
    expect(again.body).toEqual(first.body);
    await api()
      .post("/api/v1/reviews")
      .set(dana.auth)
      .set("Idempotency-Key", "review-5")
      .send({ ...body, toChange: "Twice" })
      .expect(409);
  });

  it.each([
    ["a Tuesday", { weekStart: plus(lastWeek, 1) }, ["weekStart"]],
    ["a week still to come", { weekStart: iso(monday(-1)) }, ["weekStart"]],
    ["not a date", { weekStart: "last week" }, ["weekStart"]],
    ["no week", {}, ["weekStart"]],
    [
      "an unknown area and an empty note",
      { weekStart: iso(monday(8)), adjustments: [{ area: "VIBES", note: " " }] },
      ["adjustments.0.area", "adjustments.0.note"],
    ],
    [
      "an unknown finding code",
      { weekStart: iso(monday(8)), adjustments: [{ area: "WHERE", note: "x", findingCode: "NOPE" }] },
      ["adjustments.0.findingCode"],
    ],
    [
      "targets out of range",
      { weekStart: iso(monday(8)), weeklyTargets: { ...TARGETS, conversationsMentioningSearchPct: 140 } },
      ["weeklyTargets.conversationsMentioningSearchPct"],
    ],
    ["a server-owned field", { weekStart: iso(monday(8)), snapshot: {} }, ["snapshot"]],
    [
      "an unpaired surrogate",
      { weekStart: iso(monday(8)), adjustments: [{ area: "OTHER", note: "a\uD800b" }] },
      ["adjustments.0.note"],
    ],
    ["text with a NUL", { weekStart: iso(monday(8)), wentWell: "a\u0000b" }, ["wentWell"]],
  ])("answers 400 naming each bad field for %s, and writes nothing", async (_name, body, fields) => {
    const before = await ctx.app.db.review.count({ where: { ownerId: dana.user.id } });
    const planBefore = (await api().get("/api/v1/plan").set(dana.auth)).body;
    const response = await review(dana, body);
    expect(response.status).toBe(400);
    expect(errorPaths(response)).toEqual(fields);
    for (const error of response.body.errors) {
      // The plan's target schema speaks for itself; the review's own fields speak to a person.
      if (!error.path.startsWith("weeklyTargets")) expect(error.message).not.toMatch(/^Invalid|expected/);
    }
    expect(await ctx.app.db.review.count({ where: { ownerId: dana.user.id } })).toBe(before);
    expect((await api().get("/api/v1/plan").set(dana.auth)).body).toEqual(planBefore);
  });

  it("follows the user's time zone: Monday morning in Auckland is a week that has started there, not in UTC", async () => {
    const sundayEveningUtc = new Date("2026-11-29T20:00:00.000Z"); // Monday 30 November, 09:00 in Auckland
    const weekStart = new Date("2026-11-30T00:00:00.000Z");
    const [kiwi, londoner] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
    await ctx.app.db.user.update({ where: { id: kiwi.user.id }, data: { timezone: "Pacific/Auckland" } });
    await ctx.app.db.$transaction((tx) => createReview(tx, kiwi.user.id, { weekStart, adjustments: [] }, sundayEveningUtc));
    await expect(
      ctx.app.db.$transaction((tx) => createReview(tx, londoner.user.id, { weekStart, adjustments: [] }, sundayEveningUtc)),
    ).rejects.toMatchObject({ status: 400, fieldErrors: [{ path: "weekStart" }] });
  });
});

describe("GET, PATCH and DELETE /api/v1/reviews", () => {
  let owner: TestUser;
  beforeAll(async () => {
    owner = await signUp(ctx.app);
  });

  it("lists newest week first, a page at a time", async () => {
    for (const weeksAgo of [3, 1, 2])
      await review(owner, { weekStart: iso(monday(weeksAgo)) }).then((r) => expect(r.status).toBe(201));
    const first = await api().get("/api/v1/reviews").query({ limit: 2 }).set(owner.auth).expect(200);
    expect(first.body.data.map((row: { weekStart: string }) => row.weekStart)).toEqual([iso(monday(1)), iso(monday(2))]);
    const second = await api()
      .get("/api/v1/reviews")
      .query({ limit: 2, cursor: first.body.nextCursor })
      .set(owner.auth)
      .expect(200);
    expect(second.body.data.map((row: { weekStart: string }) => row.weekStart)).toEqual([iso(monday(3))]);
    expect(second.body.nextCursor).toBeNull();
    const bad = await api().get("/api/v1/reviews").query({ cursor: "nonsense", limit: 500 }).set(owner.auth).expect(400);
    expect(errorPaths(bad)).toEqual(["limit"]);
  });

  it("edits the words and adjustments, keeps the week and its snapshot, and writes new targets to the plan", async () => {
    const created = (await review(owner, { weekStart: iso(monday(6)), wentWell: "Little" })).body;
    const patched = await api()
      .patch(`/api/v1/reviews/${created.id}`)
      .set(owner.auth)
      .send({
        wentWell: "More than I thought",
        adjustments: [{ area: "ONE_ON_ONES", note: "Book one coffee" }],
        weeklyTargets: TARGETS,
      })
      .expect(200);
    expect(patched.body).toEqual({
      ...created,
      wentWell: "More than I thought",
      adjustments: [{ area: "ONE_ON_ONES", note: "Book one coffee" }],
      weeklyTargets: TARGETS,
      updatedAt: expect.any(String),
    });
    expect((await api().get("/api/v1/plan").set(owner.auth)).body.weeklyTargets).toEqual(TARGETS);
    const cleared = await api().patch(`/api/v1/reviews/${created.id}`).set(owner.auth).send({ weeklyTargets: null }).expect(200);
    expect(cleared.body.weeklyTargets).toBeNull();
    expect((await api().get("/api/v1/plan").set(owner.auth)).body.weeklyTargets).toEqual(TARGETS);

    for (const [body, fields] of [
      [{}, ["(body)"]],
      [{ weekStart: iso(monday(7)) }, ["weekStart"]],
      [{ adjustments: [{ area: "TARGETS" }] }, ["adjustments.0.note"]],
    ] as const) {
      const response = await api().patch(`/api/v1/reviews/${created.id}`).set(owner.auth).send(body).expect(400);
      expect(errorPaths(response)).toEqual(fields);
    }
    await api().get(`/api/v1/reviews/${created.id}`).set(owner.auth).expect(200, cleared.body);
  });

  it("deletes a review with its comments; the plan keeps its targets", async () => {
    const created = (await review(owner, { weekStart: iso(monday(9)), weeklyTargets: TARGETS })).body;
    await post(ctx.app, owner, "/api/v1/comments", {
      clientId: owner.user.id,
      subjectType: "REVIEW",
      subjectId: created.id,
      body: "Note to self",
    });
    await api().delete(`/api/v1/reviews/${created.id}`).set(owner.auth).expect(204);
    await api().get(`/api/v1/reviews/${created.id}`).set(owner.auth).expect(404);
    await api().delete(`/api/v1/reviews/${created.id}`).set(owner.auth).expect(404);
    expect(await ctx.app.db.comment.count({ where: { subjectType: "REVIEW", subjectId: created.id } })).toBe(0);
    expect((await api().get("/api/v1/plan").set(owner.auth)).body.weeklyTargets).toEqual(TARGETS);
  });

  it("answers 404 for an id that is not a review of mine", async () => {
    await api().get("/api/v1/reviews/6f1c2d0e-8a4b-4c3d-9e2f-1a2b3c4d5e6f").set(owner.auth).expect(404);
    await api().get("/api/v1/reviews/not-an-id").set(owner.auth).expect(400);
  });
});

describe("GET /api/v1/reviews/:id/effect", () => {
  let user: TestUser;
  let reviewId: string;
  const reviewed = monday(3);

  /** `count` conversations on `day`, each with a fresh contact (so each is also a new contact). */
  async function talks(day: string, count: number, mentioned: number) {
    for (let index = 0; index < count; index += 1) {
      const contact = await makeContact(ctx.app, user, { name: `Person ${day} ${index}` });
      await post(ctx.app, user, "/api/v1/conversations", {
        date: day,
        contactIds: [contact.id],
        mentionedJobSearch: index < mentioned,
      });
    }
  }

  beforeAll(async () => {
    user = await signUp(ctx.app);
    const venue = await makeVenue(ctx.app, user);
    const event = (date: string, hours: number) => post(ctx.app, user, "/api/v1/events", { venueId: venue.id, date, hours });
    // Before (weeks −2 and −1 from the reviewed week): one 2-hour event, two conversations without the search.
    await event(plus(reviewed, -14), 2);
    await talks(plus(reviewed, -13), 2, 0);
    // The reviewed week itself counts on neither side.
    await event(plus(reviewed, 2), 10);
    await talks(plus(reviewed, 2), 3, 3);
    // After (weeks +1 and +2): two 1.5-hour events a week, four conversations (three naming the search), a one-on-one.
    for (const week of [7, 14]) {
      await event(plus(reviewed, week), 1.5);
      await event(plus(reviewed, week + 2), 1.5);
    }
    await talks(plus(reviewed, 8), 4, 3);
    const contact = await makeContact(ctx.app, user, { name: "Coffee partner" });
    await post(ctx.app, user, "/api/v1/meetings", {
      contactId: contact.id,
      status: "DONE",
      scheduledAt: `${plus(reviewed, 9)}T10:00:00.000Z`,
    });
    // Week +3 is this week: not over, so not counted yet.
    await event(plus(reviewed, 21), 8);
    reviewId = (await review(user, { weekStart: iso(reviewed) })).body.id;
  });

  it("compares the weekly means of the weeks before with the complete weeks after", async () => {
    const { body } = await api().get(`/api/v1/reviews/${reviewId}/effect`).query({ weeks: 2 }).set(user.auth).expect(200);
    expect(body.before).toEqual({
      from: plus(reviewed, -14),
      to: plus(reviewed, -1),
      weeks: 2,
      events: 0.5,
      hours: 1,
      newContacts: 1,
      conversations: 1,
      conversationsMentioningSearchPct: 0,
      oneOnOnes: 0,
      leads: 0,
    });
    expect(body.after).toEqual({
      from: plus(reviewed, 7),
      to: plus(reviewed, 20),
      weeks: 2,
      events: 2,
      hours: 3,
      newContacts: 2,
      conversations: 2,
      conversationsMentioningSearchPct: 75,
      oneOnOnes: 0.5,
      leads: 0,
    });
    expect(body.changes).toContainEqual({ metric: "events", before: 0.5, after: 2, change: 1.5 });
    expect(body.changes).toContainEqual({ metric: "conversationsMentioningSearchPct", before: 0, after: 75, change: 75 });
    expect(body.changes.map((change: { metric: string }) => change.metric)).toEqual([...EFFECT_METRICS]);
  });

  it("counts only the weeks after that are over, and nothing while none is", async () => {
    const four = (await api().get(`/api/v1/reviews/${reviewId}/effect`).set(user.auth).expect(200)).body;
    // Four weeks asked, but the user started logging two weeks before the review: those are the weeks before.
    expect(four.before).toMatchObject({ from: plus(reviewed, -14), weeks: 2, events: 0.5 });
    expect(four.after).toMatchObject({ weeks: 2, to: plus(reviewed, 34), events: 2 });

    const current = (await review(user, { weekStart: iso(monday(0)) })).body;
    const fresh = (await api().get(`/api/v1/reviews/${current.id}/effect`).set(user.auth).expect(200)).body;
    expect(fresh.after).toMatchObject({ weeks: 0, events: null, conversationsMentioningSearchPct: null });
    expect(fresh.changes.every((change: { change: number | null }) => change.change === null)).toBe(true);
  });

  it("rejects a bad number of weeks and hides other users' reviews", async () => {
    for (const weeks of ["0", "27", "two", "1.5"]) {
      const response = await api().get(`/api/v1/reviews/${reviewId}/effect`).query({ weeks }).set(user.auth).expect(400);
      expect(errorPaths(response)).toEqual(["weeks"]);
    }
    const other = await signUp(ctx.app);
    await api().get(`/api/v1/reviews/${reviewId}/effect`).set(other.auth).expect(404);
  });
});

describe("a coach and a client's reviews", () => {
  it("a linked coach reads the client's reviews (logged) and discusses one through REVIEW comments", async () => {
    const [client, coach, stranger] = await Promise.all([
      signUp(ctx.app),
      signUp(ctx.app, "COACH", "Coach Kim"),
      signUp(ctx.app),
    ]);
    await linkCoach(ctx.app, client, coach);
    const written = (await review(client, { weekStart: iso(monday(1)), toChange: "Name my search" })).body;

    const list = await api().get(`/api/v1/coach/clients/${client.user.id}/reviews`).set(coach.auth).expect(200);
    expect(list.body.data).toEqual([written]);
    await api().get(`/api/v1/coach/clients/${client.user.id}/reviews/${written.id}`).set(coach.auth).expect(200, written);
    await api().get(`/api/v1/coach/clients/${client.user.id}/reviews/${written.id}/effect`).set(coach.auth).expect(200);

    const comment = await post(ctx.app, coach, "/api/v1/comments", {
      clientId: client.user.id,
      subjectType: "REVIEW",
      subjectId: written.id,
      body: "Good call. Which breakfast will you try?",
    });
    await post(ctx.app, client, "/api/v1/comments", {
      clientId: client.user.id,
      subjectType: "REVIEW",
      subjectId: written.id,
      parentId: comment.id,
      body: "The Thursday one.",
    });
    const thread = await api()
      .get("/api/v1/comments")
      .query({ clientId: client.user.id, subjectType: "REVIEW", subjectId: written.id })
      .set(client.auth)
      .expect(200);
    expect(thread.body.data.map((row: { body: string }) => row.body).sort()).toEqual(
      ["Good call. Which breakfast will you try?", "The Thursday one."].sort(),
    );

    // Another jobseeker's review is no subject for this client's thread.
    const strangers = (await review(stranger, { weekStart: iso(monday(1)) })).body;
    const refused = await api()
      .post("/api/v1/comments")
      .set(coach.auth)
      .send({ clientId: client.user.id, subjectType: "REVIEW", subjectId: strangers.id, body: "Hi" })
      .expect(400);
    expect(errorPaths(refused)).toEqual(["subjectId"]);

    // The access log is written before each coach read is answered: nothing to flush.
    const log = await api().get("/api/v1/me/access-log").query({ limit: 100 }).set(client.auth).expect(200);
    const resources = log.body.data.map((entry: { resource: string }) => entry.resource);
    expect(resources).toEqual(expect.arrayContaining(["reviews", `reviews/${written.id}`, `reviews/${written.id}/effect`]));
  });
});

describe("the account's reviews", () => {
  it("are in the export and go with the account", async () => {
    const user = await signUp(ctx.app);
    const written = (await review(user, { weekStart: iso(monday(2)), wentWell: "Exported" })).body;
    const exported = await api().get("/api/v1/me/export").set(user.auth).expect(200);
    expect(exported.body.reviews).toEqual([written]);
    await api().delete("/api/v1/me").set(user.auth).expect(204);
    expect(await ctx.app.db.review.count({ where: { ownerId: user.user.id } })).toBe(0);
  });
});
