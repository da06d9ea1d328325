import { SCHEDULED_NEEDS_TIME } from "@traction/schemas";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { daysAgo, errorPaths, idsOf, listAll, makeContact, makeMeeting } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;
let other: TestUser;

beforeAll(async () => {
  [owner, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
});

const countMeetings = (user: TestUser) => ctx.app.db.meeting.count({ where: { ownerId: user.user.id } });

describe("meetings", () => {
  it("creates, reads, updates partially and deletes a one-on-one", async () => {
    const contact = await makeContact(ctx.app, owner);
    const created = await api()
      .post("/api/v1/meetings")
      .set(owner.auth)
      .send({
        contactId: contact.id,
        status: "SCHEDULED",
        scheduledAt: "2026-12-01T15:30:00+01:00",
        location: "Café Central",
        agenda: "Her move from finance to ops",
      })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      contactId: contact.id,
      status: "SCHEDULED",
      scheduledAt: "2026-12-01T14:30:00.000Z",
      location: "Café Central",
      agenda: "Her move from finance to ops",
      outcome: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const { id } = created.body;
    await api().get(`/api/v1/meetings/${id}`).set(owner.auth).expect(200, created.body);

    const done = await api()
      .patch(`/api/v1/meetings/${id}`)
      .set(owner.auth)
      .send({ status: "DONE", outcome: "Intro to the ops director" })
      .expect(200);
    expect(done.body).toMatchObject({ status: "DONE", outcome: "Intro to the ops director", location: "Café Central" });
    const cleared = await api().patch(`/api/v1/meetings/${id}`).set(owner.auth).send({ location: null }).expect(200);
    expect(cleared.body).toMatchObject({ location: null, agenda: "Her move from finance to ops" });

    await api().delete(`/api/v1/meetings/${id}`).set(owner.auth).expect(204);
    await api().get(`/api/v1/meetings/${id}`).set(owner.auth).expect(404);
    await api().delete(`/api/v1/meetings/${id}`).set(owner.auth).expect(404);
  });

  it("filters by status and contact, and pages newest first", async () => {
    const user = await signUp(ctx.app);
    const [ana, bo] = await Promise.all([
      makeContact(ctx.app, user, { name: "Ana" }),
      makeContact(ctx.app, user, { name: "Bo" }),
    ]);
    const a1 = await makeMeeting(ctx.app, user, { contactId: ana.id, status: "DONE" });
    const b1 = await makeMeeting(ctx.app, user, { contactId: bo.id, status: "NO_SHOW" });
    const a2 = await makeMeeting(ctx.app, user, { contactId: ana.id, status: "PROPOSED" });

    expect(idsOf(await listAll(ctx.app, user, "/api/v1/meetings", { limit: 1 }))).toEqual([a2.id, b1.id, a1.id]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/meetings", { contactId: ana.id }))).toEqual([a2.id, a1.id]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/meetings", { status: "NO_SHOW" }))).toEqual([b1.id]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/meetings", { status: "DONE", contactId: bo.id }))).toEqual([]);
    const page = await api().get("/api/v1/meetings").query({ limit: 2 }).set(user.auth).expect(200);
    expect(idsOf(page.body.data)).toEqual([a2.id, b1.id]);
    expect(page.body.nextCursor).toEqual(expect.any(String));
  });

  it("filters from/to on scheduledAt as whole UTC days, both inclusive", async () => {
    const user = await signUp(ctx.app);
    const contact = await makeContact(ctx.app, user);
    const at = async (scheduledAt: string | null) =>
      (await makeMeeting(ctx.app, user, { contactId: contact.id, status: scheduledAt ? "SCHEDULED" : "PROPOSED", scheduledAt }))
        .id;
    const beforeFrom = await at("2026-11-09T23:59:59.999Z");
    const fromStart = await at("2026-11-10T00:00:00.000Z");
    const middle = await at("2026-11-12T12:00:00.000Z");
    const toEnd = await at("2026-11-14T23:59:59.999Z");
    const afterTo = await at("2026-11-15T00:00:00.000Z");
    const unscheduled = await at(null);

    const range = idsOf(await listAll(ctx.app, user, "/api/v1/meetings", { from: "2026-11-10", to: "2026-11-14" }));
    expect(range).toEqual([toEnd, middle, fromStart]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/meetings", { from: "2026-11-14" }))).toEqual([afterTo, toEnd]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/meetings", { to: "2026-11-09" }))).toEqual([beforeFrom]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/meetings", { from: "2026-11-12", to: "2026-11-12" }))).toEqual([middle]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/meetings"))).toContain(unscheduled);
  });

  it.each([
    ["a missing contactId", { contactId: undefined }, ["contactId"]],
    ["a missing status", { status: undefined }, ["status"]],
    ["a bad status", { status: "POSTPONED" }, ["status"]],
    ["a number for a contactId", { contactId: 42 }, ["contactId"]],
    ["a malformed contactId", { contactId: "ana" }, ["contactId"]],
    ["a malformed scheduledAt", { scheduledAt: "next tuesday" }, ["scheduledAt"]],
    ["a scheduledAt too far ahead", { scheduledAt: `${daysAgo(-400)}T10:00:00.000Z` }, ["scheduledAt"]],
    ["a number for an agenda", { agenda: 7 }, ["agenda"]],
    ["a location too long", { location: "x".repeat(201) }, ["location"]],
    ["an unknown field", { mood: "hopeful" }, ["mood"]],
    ["a server-owned id", { id: "00000000-0000-4000-8000-000000000000" }, ["id"]],
    ["a server-owned ownerId", { ownerId: "00000000-0000-4000-8000-000000000000" }, ["ownerId"]],
    ["a server-owned timestamp", { createdAt: "2026-01-01T00:00:00.000Z" }, ["createdAt"]],
  ])("answers 400 for %s and writes nothing", async (_label, change, fields) => {
    const contact = await makeContact(ctx.app, owner);
    const before = await countMeetings(owner);
    const response = await api()
      .post("/api/v1/meetings")
      .set(owner.auth)
      .send({ contactId: contact.id, status: "PROPOSED", ...change })
      .expect(400);
    expect(errorPaths(response)).toEqual(fields);
    expect(await countMeetings(owner)).toBe(before);
  });

  it("answers 400 naming contactId for another user's contact, on create and update, and writes nothing", async () => {
    const theirs = await makeContact(ctx.app, other);
    const before = await countMeetings(owner);
    const response = await api()
      .post("/api/v1/meetings")
      .set(owner.auth)
      .send({ contactId: theirs.id, status: "PROPOSED" })
      .expect(400);
    expect(response.body.errors).toEqual([
      { path: "contactId", message: "That contact does not exist any more; choose another" },
    ]);
    expect(await countMeetings(owner)).toBe(before);

    const mine = await makeMeeting(ctx.app, owner);
    const patch = await api().patch(`/api/v1/meetings/${mine.id}`).set(owner.auth).send({ contactId: theirs.id, status: "DONE" });
    expect(patch.status).toBe(400);
    expect(errorPaths(patch)).toEqual(["contactId"]);
    await api().get(`/api/v1/meetings/${mine.id}`).set(owner.auth).expect(200, mine);
  });

  it("answers 400 for a bad update or a bad list query", async () => {
    const mine = await makeMeeting(ctx.app, owner);
    await api().patch(`/api/v1/meetings/${mine.id}`).set(owner.auth).send({}).expect(400);
    const bad = await api()
      .patch(`/api/v1/meetings/${mine.id}`)
      .set(owner.auth)
      .send({ status: "LATER", outcome: 3 })
      .expect(400);
    expect(errorPaths(bad)).toEqual(["outcome", "status"]);
    await api().get(`/api/v1/meetings/${mine.id}`).set(owner.auth).expect(200, mine);
    const query = await api()
      .get("/api/v1/meetings")
      .query({ status: "LATER", from: "12/01/2026", contactId: "x", limit: 0 })
      .set(owner.auth)
      .expect(400);
    expect(errorPaths(query)).toEqual(["contactId", "from", "limit", "status"]);
  });

  it("needs a time for a scheduled one-on-one, on create and on update (400 naming scheduledAt, nothing changed)", async () => {
    const contact = await makeContact(ctx.app, owner);
    const before = await countMeetings(owner);
    for (const body of [
      { contactId: contact.id, status: "SCHEDULED" },
      { contactId: contact.id, status: "SCHEDULED", scheduledAt: null },
    ]) {
      const response = await api().post("/api/v1/meetings").set(owner.auth).send(body).expect(400);
      expect(response.body.errors).toEqual([{ path: "scheduledAt", message: SCHEDULED_NEEDS_TIME }]);
    }
    expect(await countMeetings(owner)).toBe(before);

    const proposed = await makeMeeting(ctx.app, owner, { contactId: contact.id, status: "PROPOSED", scheduledAt: null });
    const scheduled = await makeMeeting(ctx.app, owner, { contactId: contact.id });
    for (const [meeting, body] of [
      [proposed, { status: "SCHEDULED" }],
      [proposed, { status: "SCHEDULED", scheduledAt: null }],
      [scheduled, { scheduledAt: null }],
    ] as const) {
      const response = await api().patch(`/api/v1/meetings/${meeting.id}`).set(owner.auth).send(body).expect(400);
      expect(errorPaths(response)).toEqual(["scheduledAt"]);
      await api().get(`/api/v1/meetings/${meeting.id}`).set(owner.auth).expect(200, meeting);
    }
    // With a time, or once it has one, the move is fine; leaving the scheduled state may drop the time.
    const at = new Date(Date.now() + 86_400_000).toISOString();
    await api()
      .patch(`/api/v1/meetings/${proposed.id}`)
      .set(owner.auth)
      .send({ status: "SCHEDULED", scheduledAt: at })
      .expect(200);
    await api()
      .patch(`/api/v1/meetings/${scheduled.id}`)
      .set(owner.auth)
      .send({ status: "CANCELLED", scheduledAt: null })
      .expect(200);
  });

  it("answers 400, not 500, to a body that is not an object (JSON null, an array, a number), on create and update", async () => {
    const meeting = await makeMeeting(ctx.app, owner);
    for (const body of ["null", "[]", "42"]) {
      const created = await api()
        .post("/api/v1/meetings")
        .set(owner.auth)
        .set("content-type", "application/json")
        .send(body);
      expect(created.status).toBe(400);
      const updated = await api()
        .patch(`/api/v1/meetings/${meeting.id}`)
        .set(owner.auth)
        .set("content-type", "application/json")
        .send(body);
      expect(updated.status).toBe(400);
    }
  });

  it("removes a contact's one-on-ones with the contact", async () => {
    const meeting = await makeMeeting(ctx.app, owner);
    await api()
      .delete(`/api/v1/contacts/${meeting.contactId as string}`)
      .set(owner.auth)
      .expect(204);
    await api().get(`/api/v1/meetings/${meeting.id}`).set(owner.auth).expect(404);
  });
});
