import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import {
  daysAgo,
  errorPaths,
  idsOf,
  listAll,
  makeContact,
  makeConversation,
  makeTask,
} from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;
let other: TestUser;

beforeAll(async () => {
  [owner, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
});

const countTasks = (user: TestUser) => ctx.app.db.task.count({ where: { ownerId: user.user.id } });
const doneAtOf = async (id: string) => (await ctx.app.db.task.findUniqueOrThrow({ where: { id } })).doneAt;

describe("tasks", () => {
  it("creates, reads, updates partially and deletes a task", async () => {
    const contact = await makeContact(ctx.app, owner);
    const created = await api()
      .post("/api/v1/tasks")
      .set(owner.auth)
      .send({ title: "Send Pat the article", dueOn: "2026-12-02", contactId: contact.id })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      title: "Send Pat the article",
      dueOn: "2026-12-02",
      contactId: contact.id,
      done: false,
      assignedById: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const { id } = created.body;
    await api().get(`/api/v1/tasks/${id}`).set(owner.auth).expect(200, created.body);
    const updated = await api().patch(`/api/v1/tasks/${id}`).set(owner.auth).send({ dueOn: null }).expect(200);
    expect(updated.body).toMatchObject({ title: "Send Pat the article", dueOn: null, contactId: contact.id });
    await api().delete(`/api/v1/tasks/${id}`).set(owner.auth).expect(204);
    await api().get(`/api/v1/tasks/${id}`).set(owner.auth).expect(404);
  });

  it("sets doneAt when a task is completed and clears it when reopened", async () => {
    const task = await makeTask(ctx.app, owner);
    expect(await doneAtOf(task.id)).toBeNull();
    const started = Date.now();
    await api().patch(`/api/v1/tasks/${task.id}`).set(owner.auth).send({ done: true }).expect(200);
    const doneAt = await doneAtOf(task.id);
    expect(doneAt!.getTime()).toBeGreaterThanOrEqual(started - 1000);
    // Completing again, or another edit, keeps the first completion time.
    await api().patch(`/api/v1/tasks/${task.id}`).set(owner.auth).send({ done: true, title: "Sent" }).expect(200);
    expect(await doneAtOf(task.id)).toEqual(doneAt);
    const reopened = await api().patch(`/api/v1/tasks/${task.id}`).set(owner.auth).send({ done: false }).expect(200);
    expect(reopened.body.done).toBe(false);
    expect(await doneAtOf(task.id)).toBeNull();

    const doneFromTheStart = await makeTask(ctx.app, owner, { done: true });
    expect(await doneAtOf(doneFromTheStart.id)).toBeInstanceOf(Date);
  });

  it("completes a conversation's follow-up through PATCH /tasks/:id", async () => {
    const conversation = await makeConversation(ctx.app, owner, {
      followUp: { action: "Email the deck", dueOn: daysAgo(-3) },
    });
    const { taskId } = conversation.followUp as { taskId: string };
    const task = await api().get(`/api/v1/tasks/${taskId}`).set(owner.auth).expect(200);
    expect(task.body).toMatchObject({ title: "Email the deck", done: false });
    await api().patch(`/api/v1/tasks/${taskId}`).set(owner.auth).send({ done: true }).expect(200);
    expect(await doneAtOf(taskId)).toBeInstanceOf(Date);
    const after = await api().get(`/api/v1/conversations/${conversation.id}`).set(owner.auth).expect(200);
    expect(after.body.followUp).toMatchObject({ taskId, done: true });
  });

  it("filters by done and by dueBefore (strictly before), and pages newest first", async () => {
    const user = await signUp(ctx.app);
    const early = await makeTask(ctx.app, user, { dueOn: "2026-11-01" });
    const onTheDay = await makeTask(ctx.app, user, { dueOn: "2026-11-10", done: true });
    const late = await makeTask(ctx.app, user, { dueOn: "2026-11-20" });
    const undated = await makeTask(ctx.app, user);

    expect(idsOf(await listAll(ctx.app, user, "/api/v1/tasks", { limit: 1 }))).toEqual([
      undated.id,
      late.id,
      onTheDay.id,
      early.id,
    ]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/tasks", { done: "true" }))).toEqual([onTheDay.id]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/tasks", { done: "false" }))).toEqual([undated.id, late.id, early.id]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/tasks", { dueBefore: "2026-11-10" }))).toEqual([early.id]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/tasks", { dueBefore: "2026-11-11" }))).toEqual([onTheDay.id, early.id]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/tasks", { dueBefore: "2026-11-30", done: "false" }))).toEqual([
      late.id,
      early.id,
    ]);
  });

  it.each([
    ["a missing title", { title: undefined }, ["title"]],
    ["a title too long", { title: "x".repeat(201) }, ["title"]],
    ["a string for done", { done: "yes" }, ["done"]],
    ["a number for done", { done: 1 }, ["done"]],
    ["a malformed dueOn", { dueOn: "tomorrow" }, ["dueOn"]],
    ["a dueOn too far ahead", { dueOn: daysAgo(-400) }, ["dueOn"]],
    ["a malformed contactId", { contactId: "pat" }, ["contactId"]],
    ["an unknown field", { priority: "high" }, ["priority"]],
    ["the read-only assignedById", { assignedById: "00000000-0000-4000-8000-000000000000" }, ["assignedById"]],
    ["the server-owned doneAt", { doneAt: "2026-01-01T00:00:00.000Z" }, ["doneAt"]],
    ["a server-owned ownerId", { ownerId: "00000000-0000-4000-8000-000000000000" }, ["ownerId"]],
  ])("answers 400 for %s and writes nothing", async (_label, change, fields) => {
    const before = await countTasks(owner);
    const response = await api()
      .post("/api/v1/tasks")
      .set(owner.auth)
      .send({ title: "Call Pat", ...change })
      .expect(400);
    expect(errorPaths(response)).toEqual(fields);
    expect(await countTasks(owner)).toBe(before);
  });

  it("never lets a client set assignedById, even on update, or point at another user's contact", async () => {
    const [coach, theirContact] = await Promise.all([signUp(ctx.app, "COACH"), makeContact(ctx.app, other)]);
    const task = await makeTask(ctx.app, owner);
    const assigned = await api().patch(`/api/v1/tasks/${task.id}`).set(owner.auth).send({ assignedById: coach.user.id });
    expect(assigned.status).toBe(400);
    expect(errorPaths(assigned)).toContain("assignedById");
    expect(await ctx.app.db.task.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({ assignedById: null });

    const before = await countTasks(owner);
    const created = await api()
      .post("/api/v1/tasks")
      .set(owner.auth)
      .send({ title: "X", contactId: theirContact.id })
      .expect(400);
    expect(created.body.errors).toEqual([{ path: "contactId", message: "That contact does not exist any more; choose another" }]);
    expect(await countTasks(owner)).toBe(before);
    const patched = await api()
      .patch(`/api/v1/tasks/${task.id}`)
      .set(owner.auth)
      .send({ contactId: theirContact.id, done: true });
    expect(patched.status).toBe(400);
    await api().get(`/api/v1/tasks/${task.id}`).set(owner.auth).expect(200, task);
    expect(await doneAtOf(task.id)).toBeNull();
  });

  it("answers 400 for a bad list query", async () => {
    const response = await api().get("/api/v1/tasks").query({ done: "yes", dueBefore: "soon" }).set(owner.auth).expect(400);
    expect(errorPaths(response)).toEqual(["done", "dueBefore"]);
  });
});
