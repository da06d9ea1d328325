import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { linkCoach } from "../../../../../test/helpers/coaching.ts";
import {
  daysAgo,
  errorPaths,
  makeContact,
  makeConversation,
  makeEvent,
  makeMeeting,
  makeVenue,
} from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

let client: TestUser;
let coach: TestUser;
let base: string;

beforeAll(async () => {
  [client, coach] = await Promise.all([signUp(ctx.app, "JOBSEEKER", "Casey Client"), signUp(ctx.app, "COACH", "Cora Coach")]);
  await linkCoach(ctx.app, client, coach);
  base = `/api/v1/coach/clients/${client.user.id}`;
});

describe("a coach's read-only views", () => {
  it("answer exactly what the client's own routes answer, with the same filters and pages", async () => {
    const meetup = await makeVenue(ctx.app, client, { kind: "MEETUP" });
    await makeVenue(ctx.app, client, { kind: "ALUMNI" });
    const early = await makeEvent(ctx.app, client, { venueId: meetup.id, date: daysAgo(10) });
    await makeEvent(ctx.app, client, { venueId: meetup.id, date: daysAgo(1) });
    const contact = await makeContact(ctx.app, client, { name: "Pat Plumber", relationship: "CONNECTOR" });
    await makeConversation(ctx.app, client, { contactIds: [contact.id], followUp: { action: "Send CV", dueOn: daysAgo(-2) } });
    await makeMeeting(ctx.app, client, { contactId: contact.id, status: "DONE", scheduledAt: new Date().toISOString() });

    const queries: Array<[string, Record<string, string | number>]> = [
      ["/venues", { kind: "MEETUP" }],
      ["/venues", { limit: 1 }],
      ["/events", { venueId: meetup.id, to: daysAgo(5) }],
      ["/contacts", { q: "plumb" }],
      ["/conversations", { contactId: contact.id }],
      ["/meetings", { status: "DONE" }],
      ["/tasks", { done: "false" }],
      ["/companies", {}],
      ["/leads", {}],
      ["/posts", {}],
      [`/events/${early.id}`, {}],
      [`/contacts/${contact.id}`, {}],
      ["/plan", {}],
      ["/insights", {}],
      ["/insights", { from: daysAgo(60), to: daysAgo(30) }],
    ];
    for (const [path, query] of queries) {
      const own = await api().get(`/api/v1${path}`).query(query).set(client.auth).expect(200);
      const coachView = await api().get(`${base}${path}`).query(query).set(coach.auth).expect(200);
      expect(coachView.body, path).toEqual(own.body);
    }
    const firstPage = await api().get(`${base}/venues`).query({ limit: 1 }).set(coach.auth).expect(200);
    const secondPage = await api()
      .get(`${base}/venues`)
      .query({ limit: 1, cursor: firstPage.body.nextCursor })
      .set(coach.auth)
      .expect(200);
    expect(secondPage.body.data[0].id).not.toBe(firstPage.body.data[0].id);
  });

  it("validate the query like the client's routes (400 naming the field)", async () => {
    const response = await api().get(`${base}/events`).query({ from: "yesterday", limit: 500 }).set(coach.auth).expect(400);
    expect(errorPaths(response)).toEqual(["from", "limit"]);
  });

  it("answer 404 for a record that is not the client's, even the coach's other client's", async () => {
    const other = await signUp(ctx.app);
    await linkCoach(ctx.app, other, coach);
    const theirs = await makeEvent(ctx.app, other);
    await api().get(`${base}/events/${theirs.id}`).set(coach.auth).expect(404);
    await api().get(`/api/v1/coach/clients/${other.user.id}/events/${theirs.id}`).set(coach.auth).expect(200);
  });
});

describe("assignments", () => {
  it("round trip: the coach assigns, the client sees and completes it, the coach sees it done", async () => {
    const contact = await makeContact(ctx.app, client);
    const assigned = await api()
      .post(`${base}/tasks`)
      .set(coach.auth)
      .send({ title: "Book two coffees with insiders", dueOn: daysAgo(-5), contactId: contact.id })
      .expect(201);
    expect(assigned.body).toMatchObject({
      title: "Book two coffees with insiders",
      dueOn: daysAgo(-5),
      contactId: contact.id,
      done: false,
      assignedById: coach.user.id,
    });

    const mine = await api().get("/api/v1/tasks").query({ done: "false", limit: 100 }).set(client.auth).expect(200);
    expect(mine.body.data).toContainEqual(assigned.body);
    await api().patch(`/api/v1/tasks/${assigned.body.id}`).set(client.auth).send({ done: true }).expect(200);

    const seen = await api().get(`${base}/tasks/${assigned.body.id}`).set(coach.auth).expect(200);
    expect(seen.body).toMatchObject({ id: assigned.body.id, done: true, assignedById: coach.user.id });
    const done = await api().get(`${base}/tasks`).query({ done: "true" }).set(coach.auth).expect(200);
    expect(done.body.data.map((task: { id: string }) => task.id)).toContain(assigned.body.id);
  });

  it("refuses a contact that is not the client's, `done`, `assignedById` and unknown fields (400)", async () => {
    const stranger = await signUp(ctx.app);
    const theirs = await makeContact(ctx.app, stranger);
    const before = await ctx.app.db.task.count({ where: { ownerId: client.user.id } });
    const wrongContact = await api().post(`${base}/tasks`).set(coach.auth).send({ title: "X", contactId: theirs.id }).expect(400);
    expect(errorPaths(wrongContact)).toEqual(["contactId"]);
    const serverOwned = await api()
      .post(`${base}/tasks`)
      .set(coach.auth)
      .send({ title: "X", done: true, assignedById: client.user.id, ownerId: coach.user.id })
      .expect(400);
    expect(errorPaths(serverOwned)).toEqual(["assignedById", "done", "ownerId"]);
    expect(await ctx.app.db.task.count({ where: { ownerId: client.user.id } })).toBe(before);
  });

  it("replays an Idempotency-Key, and never replays one client's task for another", async () => {
    const other = await signUp(ctx.app);
    await linkCoach(ctx.app, other, coach);
    const send = (clientId: string) =>
      api()
        .post(`/api/v1/coach/clients/${clientId}/tasks`)
        .set(coach.auth)
        .set("Idempotency-Key", "assign-1")
        .send({ title: "Same" });
    const first = await send(client.user.id).expect(201);
    const again = await send(client.user.id).expect(201);
    expect(again.body).toEqual(first.body);
    // The same key for another client is another request: a 409, not the first client's task.
    await send(other.user.id).expect(409);
    expect(await ctx.app.db.task.count({ where: { ownerId: other.user.id } })).toBe(0);
    expect(await ctx.app.db.task.count({ where: { ownerId: client.user.id, title: "Same" } })).toBe(1);
  });

  it("leaves the task with the client, without assignedById, when the coach's account is deleted", async () => {
    const leaving = await signUp(ctx.app, "COACH");
    await linkCoach(ctx.app, client, leaving);
    const task = await api().post(`${base}/tasks`).set(leaving.auth).send({ title: "Write a post" }).expect(201);
    await api().delete("/api/v1/me").set(leaving.auth).expect(204);
    const after = await api().get(`/api/v1/tasks/${task.body.id}`).set(client.auth).expect(200);
    expect(after.body).toMatchObject({ title: "Write a post", assignedById: null });
    expect(await ctx.app.db.coachLink.count({ where: { coachId: leaving.user.id } })).toBe(0);
  });
});

describe("suggested targets", () => {
  const targets = { events: 3, newContacts: 7, oneOnOnes: 2, conversationsMentioningSearchPct: 70 };
  const suggest = (body: object = { weeklyTargets: targets }) =>
    api().post(`${base}/target-suggestions`).set(coach.auth).send(body);

  it("become the plan's targets when the client accepts", async () => {
    const suggestion = await suggest().expect(201);
    expect(suggestion.body).toEqual({
      id: expect.any(String),
      coach: { id: coach.user.id, name: "Cora Coach" },
      clientId: client.user.id,
      weeklyTargets: targets,
      status: "PROPOSED",
      createdAt: expect.any(String),
      decidedAt: null,
    });
    const listed = await api().get("/api/v1/target-suggestions").query({ status: "PROPOSED" }).set(client.auth).expect(200);
    expect(listed.body.data).toContainEqual(suggestion.body);

    const accepted = await api().post(`/api/v1/target-suggestions/${suggestion.body.id}/accept`).set(client.auth).expect(200);
    expect(accepted.body).toMatchObject({ status: "ACCEPTED", decidedAt: expect.any(String) });
    const plan = await api().get("/api/v1/plan").set(client.auth).expect(200);
    expect(plan.body.weeklyTargets).toEqual(targets);
    const coachSees = await api().get(`${base}/target-suggestions`).set(coach.auth).expect(200);
    expect(coachSees.body.data[0]).toMatchObject({ id: suggestion.body.id, status: "ACCEPTED" });

    // Decided once and for all.
    await api().post(`/api/v1/target-suggestions/${suggestion.body.id}/decline`).set(client.auth).expect(409);
    await api().post(`/api/v1/target-suggestions/${suggestion.body.id}/accept`).set(client.auth).expect(409);
  });

  it("leave the plan alone when the client declines", async () => {
    const before = await api().get("/api/v1/plan").set(client.auth).expect(200);
    const suggestion = await suggest({ weeklyTargets: { ...targets, events: 9 } }).expect(201);
    const declined = await api().post(`/api/v1/target-suggestions/${suggestion.body.id}/decline`).set(client.auth).expect(200);
    expect(declined.body.status).toBe("DECLINED");
    const after = await api().get("/api/v1/plan").set(client.auth).expect(200);
    expect(after.body.weeklyTargets).toEqual(before.body.weeklyTargets);
  });

  it("create the plan when the client never saved one", async () => {
    const fresh = await signUp(ctx.app);
    await linkCoach(ctx.app, fresh, coach);
    const suggestion = await api()
      .post(`/api/v1/coach/clients/${fresh.user.id}/target-suggestions`)
      .set(coach.auth)
      .send({ weeklyTargets: targets })
      .expect(201);
    await api().post(`/api/v1/target-suggestions/${suggestion.body.id}/accept`).set(fresh.auth).expect(200);
    const plan = await api().get("/api/v1/plan").set(fresh.auth).expect(200);
    expect(plan.body).toMatchObject({ weeklyTargets: targets, pitch: null });
  });

  it("reject incomplete or out-of-range targets (400 naming the field)", async () => {
    const response = await suggest({ weeklyTargets: { events: -1, newContacts: 5, oneOnOnes: 1 } }).expect(400);
    expect(errorPaths(response)).toEqual(["weeklyTargets.conversationsMentioningSearchPct", "weeklyTargets.events"]);
  });
});
