import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { listAll, makeEvent, makeVenue } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;

beforeAll(async () => {
  owner = await signUp(ctx.app);
});

const countVenues = (user: TestUser) => ctx.app.db.venue.count({ where: { ownerId: user.user.id } });

describe("venues", () => {
  it("creates, reads, updates partially and deletes a venue", async () => {
    const created = await api()
      .post("/api/v1/venues")
      .set(owner.auth)
      .send({ name: "Tech Meetup", kind: "MEETUP", url: "https://meetup.example/tech" })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: "Tech Meetup",
      kind: "MEETUP",
      url: "https://meetup.example/tech",
      notes: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const { id } = created.body;
    await api().get(`/api/v1/venues/${id}`).set(owner.auth).expect(200, created.body);

    const updated = await api().patch(`/api/v1/venues/${id}`).set(owner.auth).send({ notes: "Second Tuesday" }).expect(200);
    expect(updated.body).toMatchObject({ name: "Tech Meetup", kind: "MEETUP", notes: "Second Tuesday" });
    const cleared = await api().patch(`/api/v1/venues/${id}`).set(owner.auth).send({ url: null }).expect(200);
    expect(cleared.body.url).toBeNull();

    await api().delete(`/api/v1/venues/${id}`).set(owner.auth).expect(204);
    await api().get(`/api/v1/venues/${id}`).set(owner.auth).expect(404);
    await api().delete(`/api/v1/venues/${id}`).set(owner.auth).expect(404);
  });

  it("filters by kind and pages with a cursor, newest first", async () => {
    const user = await signUp(ctx.app);
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) made.push((await makeVenue(ctx.app, user, { name: `Group ${i}`, kind: "MEETUP" })).id);
    await makeVenue(ctx.app, user, { kind: "VOLUNTEERING" });

    const firstPage = await api().get("/api/v1/venues").query({ kind: "MEETUP", limit: 2 }).set(user.auth).expect(200);
    expect(firstPage.body.data.map((venue: { id: string }) => venue.id)).toEqual([made[4], made[3]]);
    expect(firstPage.body.nextCursor).toEqual(expect.any(String));

    const all = await listAll(ctx.app, user, "/api/v1/venues", { kind: "MEETUP", limit: 2 });
    expect(all.map((venue) => venue.id)).toEqual([...made].reverse());
    expect((await listAll(ctx.app, user, "/api/v1/venues", { kind: "VOLUNTEERING" })).map((venue) => venue.kind)).toEqual([
      "VOLUNTEERING",
    ]);
  });

  it("keeps pages stable when records are inserted between requests", async () => {
    const user = await signUp(ctx.app);
    for (let i = 0; i < 4; i += 1) await makeVenue(ctx.app, user, { name: `Old ${i}` });
    const first = await api().get("/api/v1/venues").query({ limit: 2 }).set(user.auth).expect(200);
    await makeVenue(ctx.app, user, { name: "Inserted meanwhile" });
    const second = await api()
      .get("/api/v1/venues")
      .query({ limit: 2, cursor: first.body.nextCursor })
      .set(user.auth)
      .expect(200);
    const names = [...first.body.data, ...second.body.data].map((venue: { name: string }) => venue.name);
    expect(names).toEqual(["Old 3", "Old 2", "Old 1", "Old 0"]);
  });

  it.each([
    ["a missing name", { kind: "MEETUP" }, ["name"]],
    ["a bad kind", { name: "X", kind: "PUB" }, ["kind"]],
    ["a number for a name", { name: 7, kind: "MEETUP" }, ["name"]],
    ["a bad url", { name: "X", kind: "MEETUP", url: "javascript:alert(1)" }, ["url"]],
    ["an unknown field", { name: "X", kind: "MEETUP", rating: 5 }, ["rating"]],
    ["a server-owned field", { name: "X", kind: "MEETUP", ownerId: "00000000-0000-4000-8000-000000000000" }, ["ownerId"]],
  ])("answers 400 for %s and writes nothing", async (_label, body, fields) => {
    const before = await countVenues(owner);
    const response = await api().post("/api/v1/venues").set(owner.auth).send(body).expect(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(fields);
    expect(await countVenues(owner)).toBe(before);
  });

  it("answers 400 for a bad update and changes nothing", async () => {
    const venue = await makeVenue(ctx.app, owner);
    const empty = await api().patch(`/api/v1/venues/${venue.id}`).set(owner.auth).send({}).expect(400);
    expect(empty.body.status).toBe(400);
    const bad = await api().patch(`/api/v1/venues/${venue.id}`).set(owner.auth).send({ kind: "NOPE", name: "" }).expect(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(["kind", "name"]);
    // Only unknown fields: named as such, without also being told the body changes nothing.
    const unknown = await api().patch(`/api/v1/venues/${venue.id}`).set(owner.auth).send({ mood: "busy" }).expect(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ path: "mood" })]);
    expect(empty.body.errors).toEqual([expect.objectContaining({ message: "Change at least one field" })]);
    await api().get(`/api/v1/venues/${venue.id}`).set(owner.auth).expect(200, venue);
  });

  it("answers 400 naming the field for a malformed id, query or cursor", async () => {
    const badId = await api().get("/api/v1/venues/not-a-uuid").set(owner.auth).expect(400);
    expect(badId.body.errors[0].path).toBe("id");
    const badQuery = await api().get("/api/v1/venues").query({ kind: "PUB", limit: 500 }).set(owner.auth).expect(400);
    expect(badQuery.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(["kind", "limit"]);
    const badCursor = await api().get("/api/v1/venues").query({ cursor: "bm9wZQ" }).set(owner.auth).expect(400);
    expect(badCursor.body.errors[0].path).toBe("cursor");
  });

  it("refuses to delete a venue with events unless cascade=true, then removes its events too", async () => {
    const venue = await makeVenue(ctx.app, owner);
    const event = await makeEvent(ctx.app, owner, { venueId: venue.id });
    const refused = await api().delete(`/api/v1/venues/${venue.id}`).set(owner.auth).expect(409);
    expect(refused.body.detail).toMatch(/cascade=true/);
    await api().get(`/api/v1/events/${event.id}`).set(owner.auth).expect(200);
    await api().delete(`/api/v1/venues/${venue.id}`).query({ cascade: "true" }).set(owner.auth).expect(204);
    await api().get(`/api/v1/events/${event.id}`).set(owner.auth).expect(404);
  });
});

describe("Idempotency-Key", () => {
  it("replays the first response for the same key and body, creating nothing new", async () => {
    const user = await signUp(ctx.app);
    const body = { name: "Chamber of Commerce", kind: "BUSINESS_NETWORKING_GROUP" };
    const first = await api().post("/api/v1/venues").set(user.auth).set("Idempotency-Key", "k-1").send(body).expect(201);
    const again = await api().post("/api/v1/venues").set(user.auth).set("Idempotency-Key", "k-1").send(body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await countVenues(user)).toBe(1);
  });

  it("answers 409 for the same key with a different body", async () => {
    const user = await signUp(ctx.app);
    await api()
      .post("/api/v1/venues")
      .set(user.auth)
      .set("Idempotency-Key", "k-2")
      .send({ name: "A", kind: "MEETUP" })
      .expect(201);
    const conflict = await api()
      .post("/api/v1/venues")
      .set(user.auth)
      .set("Idempotency-Key", "k-2")
      .send({ name: "B", kind: "MEETUP" })
      .expect(409);
    expect(conflict.body.detail).toMatch(/different request/);
    expect(await countVenues(user)).toBe(1);
  });

  it("keeps keys per user: another user's same key creates their own record", async () => {
    const [a, b] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
    const body = { name: "Same", kind: "MEETUP" };
    const first = await api().post("/api/v1/venues").set(a.auth).set("Idempotency-Key", "shared").send(body).expect(201);
    const second = await api().post("/api/v1/venues").set(b.auth).set("Idempotency-Key", "shared").send(body).expect(201);
    expect(second.body.id).not.toBe(first.body.id);
  });

  it("creates one row for two parallel creates with the same key", async () => {
    const user = await signUp(ctx.app);
    const body = { name: "Parallel", kind: "ALUMNI" };
    const responses = await Promise.all(
      [1, 2, 3].map(() => api().post("/api/v1/venues").set(user.auth).set("Idempotency-Key", "race").send(body)),
    );
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201]);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect(await countVenues(user)).toBe(1);
  });

  it("rejects a malformed key", async () => {
    const response = await api()
      .post("/api/v1/venues")
      .set(owner.auth)
      .set("Idempotency-Key", "x".repeat(300))
      .send({ name: "A", kind: "MEETUP" })
      .expect(400);
    expect(response.body.errors[0].path).toBe("Idempotency-Key");
  });
});
