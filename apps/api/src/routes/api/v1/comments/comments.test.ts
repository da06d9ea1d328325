import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { linkCoach, revokeLink } from "../../../../../test/helpers/coaching.ts";
import { errorPaths, makeConversation, makeEvent, makeLead, makeMeeting } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

let client: TestUser;
let coach: TestUser;
let secondCoach: TestUser;

beforeAll(async () => {
  [client, coach, secondCoach] = await Promise.all([
    signUp(ctx.app, "JOBSEEKER", "Casey Client"),
    signUp(ctx.app, "COACH", "Cora Coach"),
    signUp(ctx.app, "COACH", "Sol Second"),
  ]);
  await linkCoach(ctx.app, client, coach);
  await linkCoach(ctx.app, client, secondCoach);
});

const comment = (user: TestUser, body: object) =>
  api()
    .post("/api/v1/comments")
    .set(user.auth)
    .send({ clientId: client.user.id, ...body });
const threadOf = (user: TestUser, query: object) =>
  api()
    .get("/api/v1/comments")
    .query({ clientId: client.user.id, ...query })
    .set(user.auth)
    .expect(200);

describe("comments", () => {
  it("are one thread that the client and all their active coaches see, with replies", async () => {
    const event = await makeEvent(ctx.app, client);
    const subject = { subjectType: "EVENT", subjectId: event.id };
    const first = await comment(coach, { ...subject, body: "Who was there from Acme?" }).expect(201);
    expect(first.body).toEqual({
      id: expect.any(String),
      clientId: client.user.id,
      author: { id: coach.user.id, name: "Cora Coach", role: "COACH" },
      subjectType: "EVENT",
      subjectId: event.id,
      parentId: null,
      body: "Who was there from Acme?",
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const reply = await comment(client, { ...subject, parentId: first.body.id, body: "  Two office managers.  " }).expect(201);
    expect(reply.body).toMatchObject({ parentId: first.body.id, body: "Two office managers.", author: { role: "JOBSEEKER" } });

    for (const viewer of [client, coach, secondCoach]) {
      const thread = await threadOf(viewer, subject);
      expect(thread.body.data.map((row: { id: string }) => row.id)).toEqual([reply.body.id, first.body.id]);
    }
    // A former coach sees nothing any more, not even their own comment.
    const former = await signUp(ctx.app, "COACH");
    const link = await linkCoach(ctx.app, client, former);
    const theirs = await comment(former, { ...subject, body: "Follow up!" }).expect(201);
    await revokeLink(ctx.app, client, link);
    await api().get("/api/v1/comments").query({ clientId: client.user.id }).set(former.auth).expect(404);
    await api().patch(`/api/v1/comments/${theirs.body.id}`).set(former.auth).send({ body: "x" }).expect(404);
    // Their comment stays in the client's thread.
    expect((await threadOf(client, subject)).body.data.map((row: { id: string }) => row.id)).toContain(theirs.body.id);
  });

  it("take any of the client's records, weeks and plan as subject", async () => {
    const [conversation, meeting, lead, plan] = await Promise.all([
      makeConversation(ctx.app, client),
      makeMeeting(ctx.app, client),
      makeLead(ctx.app, client),
      api().get("/api/v1/plan").set(client.auth).expect(200),
    ]);
    const subjects = [
      { subjectType: "CONVERSATION", subjectId: conversation.id },
      { subjectType: "MEETING", subjectId: meeting.id },
      { subjectType: "LEAD", subjectId: lead.id },
      { subjectType: "PLAN", subjectId: plan.body.id },
      { subjectType: "WEEK", subjectId: "2026-11-23" },
    ];
    for (const subject of subjects) {
      await comment(coach, { ...subject, body: `About this ${subject.subjectType}` }).expect(201);
      const thread = await threadOf(client, subject);
      expect(thread.body.data.map((row: { body: string }) => row.body)).toEqual([`About this ${subject.subjectType}`]);
    }
    const weeks = await threadOf(coach, { subjectType: "WEEK" });
    expect(weeks.body.data.map((row: { subjectId: string }) => row.subjectId)).toEqual(["2026-11-23"]);
  });

  it("refuse a subject that is not the client's, or not a Monday for a week (400 naming subjectId)", async () => {
    const stranger = await signUp(ctx.app);
    const [theirEvent, theirConversation] = await Promise.all([
      makeEvent(ctx.app, stranger),
      makeConversation(ctx.app, stranger),
    ]);
    const theirPlan = await api().get("/api/v1/plan").set(stranger.auth).expect(200);
    const myEvent = await makeEvent(ctx.app, client);
    const bad = [
      { subjectType: "EVENT", subjectId: theirEvent.id },
      { subjectType: "CONVERSATION", subjectId: theirConversation.id },
      { subjectType: "CONVERSATION", subjectId: myEvent.id },
      { subjectType: "PLAN", subjectId: theirPlan.body.id },
      { subjectType: "LEAD", subjectId: "not-a-uuid" },
      { subjectType: "WEEK", subjectId: "2026-11-24" },
      { subjectType: "WEEK", subjectId: "last week" },
      { subjectType: "WEEK", subjectId: "2026-02-30" },
      { subjectType: "WEEK", subjectId: myEvent.id },
    ];
    const before = await ctx.app.db.comment.count();
    for (const subject of bad) {
      for (const author of [coach, client]) {
        const response = await comment(author, { ...subject, body: "Hm" }).expect(400);
        expect(errorPaths(response), JSON.stringify(subject)).toEqual(["subjectId"]);
      }
    }
    expect(await ctx.app.db.comment.count()).toBe(before);
  });

  it("refuse a reply to another thread and unknown fields (400)", async () => {
    const [one, two] = await Promise.all([makeEvent(ctx.app, client), makeEvent(ctx.app, client)]);
    const parent = await comment(coach, { subjectType: "EVENT", subjectId: one.id, body: "On one" }).expect(201);
    const elsewhere = await comment(client, {
      subjectType: "EVENT",
      subjectId: two.id,
      parentId: parent.body.id,
      body: "Hm",
    }).expect(400);
    expect(errorPaths(elsewhere)).toEqual(["parentId"]);
    const extra = await comment(coach, { subjectType: "EVENT", subjectId: one.id, body: "", authorId: client.user.id }).expect(
      400,
    );
    expect(errorPaths(extra)).toEqual(["authorId", "body"]);
  });

  it("can be edited and deleted by their author only; deleting takes the replies along", async () => {
    const event = await makeEvent(ctx.app, client);
    const subject = { subjectType: "EVENT", subjectId: event.id };
    const mine = await comment(coach, { ...subject, body: "Draft" }).expect(201);
    const reply = await comment(client, { ...subject, parentId: mine.body.id, body: "Reply" }).expect(201);
    await api().patch(`/api/v1/comments/${mine.body.id}`).set(secondCoach.auth).send({ body: "Hijack" }).expect(403);
    await api().patch(`/api/v1/comments/${mine.body.id}`).set(client.auth).send({ body: "Hijack" }).expect(403);
    await api().delete(`/api/v1/comments/${mine.body.id}`).set(client.auth).expect(403);
    const edited = await api().patch(`/api/v1/comments/${mine.body.id}`).set(coach.auth).send({ body: "Final" }).expect(200);
    expect(edited.body).toMatchObject({ id: mine.body.id, body: "Final" });
    expect(new Date(edited.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(mine.body.updatedAt).getTime());
    await api().delete(`/api/v1/comments/${mine.body.id}`).set(coach.auth).expect(204);
    expect(await ctx.app.db.comment.findUnique({ where: { id: reply.body.id } })).toBeNull();
    await api().delete(`/api/v1/comments/${mine.body.id}`).set(coach.auth).expect(404);
  });

  it("carry an ETag; an edit or delete with a stale If-Match is 412 and changes nothing", async () => {
    const event = await makeEvent(ctx.app, client);
    const created = await comment(coach, { subjectType: "EVENT", subjectId: event.id, body: "First take" }).expect(201);
    const url = `/api/v1/comments/${created.body.id}`;
    const read = await api().get(url).set(client.auth).expect(200);
    const version = read.headers.etag as string;
    expect(version).toMatch(/^"[0-9a-z]+"$/);

    const edited = await api().patch(url).set(coach.auth).set("If-Match", version).send({ body: "Second take" }).expect(200);
    expect(edited.headers.etag).not.toBe(version);
    expect((await api().get(url).set(coach.auth).expect(200)).headers.etag).toBe(edited.headers.etag);

    // The client read the first version; the coach has changed it since.
    const stale = await api().patch(url).set(coach.auth).set("If-Match", version).send({ body: "Lost update" }).expect(412);
    expect(stale.body.status).toBe(412);
    await api().delete(url).set(coach.auth).set("If-Match", version).expect(412);
    expect((await api().get(url).set(client.auth).expect(200)).body.body).toBe("Second take");

    // Two edits over the same version: exactly one wins.
    const both = await Promise.all(
      ["Mine", "Yours"].map((body) =>
        api().patch(url).set(coach.auth).set("If-Match", edited.headers.etag as string).send({ body }),
      ),
    );
    expect(both.map((answer) => answer.status).sort()).toEqual([200, 412]);
    await api().delete(url).set(coach.auth).set("If-Match", "*").expect(204);
  });

  it("page newest first", async () => {
    const event = await makeEvent(ctx.app, client);
    const subject = { subjectType: "EVENT", subjectId: event.id };
    const ids: string[] = [];
    for (const body of ["one", "two", "three"]) ids.push((await comment(coach, { ...subject, body }).expect(201)).body.id);
    const first = await threadOf(client, { ...subject, limit: 2 });
    const second = await threadOf(client, { ...subject, limit: 2, cursor: first.body.nextCursor });
    expect([...first.body.data, ...second.body.data].map((row: { id: string }) => row.id)).toEqual(ids.reverse());
    expect(second.body.nextCursor).toBeNull();
  });
});
