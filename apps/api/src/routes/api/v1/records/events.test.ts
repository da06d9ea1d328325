import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { daysAgo, listAll, makeEvent, makeVenue } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;
let other: TestUser;

beforeAll(async () => {
  [owner, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
});

const countEvents = (user: TestUser) => ctx.app.db.event.count({ where: { ownerId: user.user.id } });

describe("events", () => {
  it("creates, reads, updates partially and deletes an event", async () => {
    const venue = await makeVenue(ctx.app, owner, { kind: "VOLUNTEERING" });
    const created = await api()
      .post("/api/v1/events")
      .set(owner.auth)
      .send({ venueId: venue.id, date: "2026-11-02", hours: 2.5, visibility: "WITH_LEADERSHIP", notes: "Gala committee" })
      .expect(201);
    expect(created.body).toMatchObject({ venueId: venue.id, date: "2026-11-02", hours: 2.5, visibility: "WITH_LEADERSHIP" });
    const updated = await api().patch(`/api/v1/events/${created.body.id}`).set(owner.auth).send({ hours: 3 }).expect(200);
    expect(updated.body).toMatchObject({ date: "2026-11-02", hours: 3, notes: "Gala committee" });
    await api().delete(`/api/v1/events/${created.body.id}`).set(owner.auth).expect(204);
    await api().get(`/api/v1/events/${created.body.id}`).set(owner.auth).expect(404);
  });

  it("lists newest date first and filters by venue and date range", async () => {
    const user = await signUp(ctx.app);
    const a = await makeVenue(ctx.app, user, { name: "A" });
    const b = await makeVenue(ctx.app, user, { name: "B" });
    await makeEvent(ctx.app, user, { venueId: a.id, date: "2026-10-01" });
    await makeEvent(ctx.app, user, { venueId: b.id, date: "2026-10-15" });
    await makeEvent(ctx.app, user, { venueId: a.id, date: "2026-11-01" });

    const all = await listAll(ctx.app, user, "/api/v1/events", { limit: 1 });
    expect(all.map((event) => event.date)).toEqual(["2026-11-01", "2026-10-15", "2026-10-01"]);
    expect((await listAll(ctx.app, user, "/api/v1/events", { venueId: a.id })).map((event) => event.date)).toEqual([
      "2026-11-01",
      "2026-10-01",
    ]);
    const range = await listAll(ctx.app, user, "/api/v1/events", { from: "2026-10-02", to: "2026-11-01" });
    expect(range.map((event) => event.date)).toEqual(["2026-11-01", "2026-10-15"]);
  });

  it.each([
    ["too few hours", { hours: 0.1 }, ["hours"]],
    ["too many hours", { hours: 25 }, ["hours"]],
    ["hours as text", { hours: "two" }, ["hours"]],
    ["a date too far ahead", { date: daysAgo(-400) }, ["date"]],
    ["a malformed date", { date: "01/11/2026" }, ["date"]],
    ["a bad visibility", { visibility: "BACKSTAGE" }, ["visibility"]],
    ["an unknown field", { mood: "great" }, ["mood"]],
  ])("answers 400 for %s and writes nothing", async (_label, change, fields) => {
    const venue = await makeVenue(ctx.app, owner);
    const before = await countEvents(owner);
    const response = await api()
      .post("/api/v1/events")
      .set(owner.auth)
      .send({ venueId: venue.id, date: daysAgo(1), hours: 2, ...change })
      .expect(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(fields);
    expect(await countEvents(owner)).toBe(before);
  });

  it("answers 400 naming venueId for another user's venue or a missing one, on create and update", async () => {
    const theirs = await makeVenue(ctx.app, other);
    const before = await countEvents(owner);
    for (const venueId of [theirs.id, "00000000-0000-4000-8000-000000000000"]) {
      const response = await api()
        .post("/api/v1/events")
        .set(owner.auth)
        .send({ venueId, date: daysAgo(1), hours: 1 })
        .expect(400);
      expect(response.body.errors).toEqual([{ path: "venueId", message: "That venue does not exist any more; choose another" }]);
    }
    expect(await countEvents(owner)).toBe(before);
    const mine = await makeEvent(ctx.app, owner);
    await api().patch(`/api/v1/events/${mine.id}`).set(owner.auth).send({ venueId: theirs.id }).expect(400);
    await api().get(`/api/v1/events/${mine.id}`).set(owner.auth).expect(200, mine);
  });
});
