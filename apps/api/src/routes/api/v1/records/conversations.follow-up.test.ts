/** A conversation's follow-up is a task: created, updated, completed and removed with it, never half-written. */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { makeContact, makeConversation } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;

beforeAll(async () => {
  owner = await signUp(ctx.app);
});

const FOLLOW_UP = { action: "Send Bob my résumé", dueOn: "2026-12-01" };
const read = async (id: string) => (await api().get(`/api/v1/conversations/${id}`).set(owner.auth).expect(200)).body;
const patch = (id: string, body: object) => api().patch(`/api/v1/conversations/${id}`).set(owner.auth).send(body);
const taskOf = (taskId: string) => ctx.app.db.task.findUnique({ where: { id: taskId } });

describe("conversation follow-ups", () => {
  it("turns a follow-up into a task on the first contact, whose done state is the follow-up's", async () => {
    const [bob, ann] = [await makeContact(ctx.app, owner), await makeContact(ctx.app, owner)];
    const conversation = await makeConversation(ctx.app, owner, { contactIds: [bob.id, ann.id], followUp: FOLLOW_UP });
    expect(conversation.followUp).toEqual({ ...FOLLOW_UP, done: false, taskId: expect.any(String) });
    const { taskId } = conversation.followUp as { taskId: string };
    expect(await taskOf(taskId)).toMatchObject({
      ownerId: owner.user.id,
      title: FOLLOW_UP.action,
      dueOn: new Date("2026-12-01T00:00:00.000Z"),
      contactId: bob.id,
      done: false,
      assignedById: null,
    });

    // Completing the task through /tasks completes the follow-up, and reopening it reopens it.
    await api().patch(`/api/v1/tasks/${taskId}`).set(owner.auth).send({ done: true }).expect(200);
    expect((await read(conversation.id)).followUp).toEqual({ ...FOLLOW_UP, done: true, taskId });
    await ctx.app.db.task.update({ where: { id: taskId }, data: { done: false } });
    expect((await read(conversation.id)).followUp.done).toBe(false);
  });

  it("updates the same task on PATCH, keeps it on the first contact, and deletes it for followUp: null", async () => {
    const [bob, ann] = [await makeContact(ctx.app, owner), await makeContact(ctx.app, owner)];
    const conversation = await makeConversation(ctx.app, owner, { contactIds: [bob.id], followUp: FOLLOW_UP });
    const { taskId } = conversation.followUp as { taskId: string };
    await ctx.app.db.task.update({ where: { id: taskId }, data: { done: true } });

    const changed = await patch(conversation.id, { followUp: { action: "Call Bob", dueOn: "2026-12-05" } }).expect(200);
    expect(changed.body.followUp).toEqual({ action: "Call Bob", dueOn: "2026-12-05", done: true, taskId });
    await patch(conversation.id, { contactIds: [ann.id, bob.id] }).expect(200);
    expect((await taskOf(taskId))?.contactId).toBe(ann.id);
    const notesOnly = await patch(conversation.id, { notes: "still due" }).expect(200);
    expect(notesOnly.body.followUp).toEqual(changed.body.followUp);

    const removed = await patch(conversation.id, { followUp: null }).expect(200);
    expect(removed.body.followUp).toBeNull();
    expect(await taskOf(taskId)).toBeNull();
    await patch(conversation.id, { followUp: null }).expect(200);
  });

  it("creates a task when a follow-up is added later, and drops the link when the task is deleted", async () => {
    const conversation = await makeConversation(ctx.app, owner);
    expect(conversation.followUp).toBeNull();
    const added = await patch(conversation.id, { followUp: FOLLOW_UP }).expect(200);
    const { taskId } = added.body.followUp as { taskId: string };
    expect(await taskOf(taskId)).toMatchObject({ title: FOLLOW_UP.action, contactId: (conversation.contactIds as string[])[0] });

    await ctx.app.db.task.delete({ where: { id: taskId } });
    expect((await read(conversation.id)).followUp).toBeNull();
    const again = await patch(conversation.id, { followUp: FOLLOW_UP }).expect(200);
    expect(again.body.followUp.taskId).not.toBe(taskId);
  });

  it("deletes the follow-up task with its conversation, and only that one", async () => {
    const contact = await makeContact(ctx.app, owner);
    const doomed = await makeConversation(ctx.app, owner, { contactIds: [contact.id], followUp: FOLLOW_UP });
    const kept = await makeConversation(ctx.app, owner, { contactIds: [contact.id], followUp: FOLLOW_UP });
    await api().delete(`/api/v1/conversations/${doomed.id}`).set(owner.auth).expect(204);
    expect(await taskOf((doomed.followUp as { taskId: string }).taskId)).toBeNull();
    expect(await taskOf((kept.followUp as { taskId: string }).taskId)).not.toBeNull();

    // Another user's delete of the conversation changes nothing, the task included.
    const stranger = await signUp(ctx.app);
    await api().delete(`/api/v1/conversations/${kept.id}`).set(stranger.auth).expect(404);
    expect(await taskOf((kept.followUp as { taskId: string }).taskId)).not.toBeNull();
  });

  it("writes nothing at all when one contact among good ones is not the caller's", async () => {
    const user = await signUp(ctx.app);
    const stranger = await signUp(ctx.app);
    const good = [await makeContact(ctx.app, user), await makeContact(ctx.app, user)];
    const bad = await makeContact(ctx.app, stranger);
    const response = await api()
      .post("/api/v1/conversations")
      .set(user.auth)
      .send({ date: "2026-11-20", contactIds: [good[0]!.id, bad.id, good[1]!.id], followUp: FOLLOW_UP })
      .expect(400);
    expect(response.body.errors).toEqual([
      { path: "contactIds.1", message: "That contact does not exist any more; choose another" },
    ]);
    const ownerId = user.user.id;
    expect(await ctx.app.db.conversation.count({ where: { ownerId } })).toBe(0);
    expect(await ctx.app.db.conversationContact.count({ where: { contactId: { in: good.map((c) => c.id) } } })).toBe(0);
    expect(await ctx.app.db.task.count({ where: { ownerId } })).toBe(0);
  });

  it("rolls back every write when the database fails midway (a trigger refuses one contact's join row)", async () => {
    const user = await signUp(ctx.app);
    const [good, poison] = [await makeContact(ctx.app, user), await makeContact(ctx.app, user)];
    // This file has its own database, so the trigger touches no other test.
    await ctx.app.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_poison() RETURNS trigger AS $$
      BEGIN
        IF NEW."contactId" = '${poison.id}' THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await ctx.app.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_poison BEFORE INSERT ON "ConversationContact" FOR EACH ROW EXECUTE FUNCTION refuse_poison()`,
    );
    const ownerId = user.user.id;
    const tasks = () => ctx.app.db.task.count({ where: { ownerId } });

    await api()
      .post("/api/v1/conversations")
      .set(user.auth)
      .send({ date: "2026-11-20", contactIds: [good.id, poison.id], followUp: FOLLOW_UP })
      .expect(500);
    expect(await ctx.app.db.conversation.count({ where: { ownerId } })).toBe(0);
    expect(await ctx.app.db.conversationContact.count({ where: { contactId: good.id } })).toBe(0);
    expect(await tasks()).toBe(0);

    const conversation = await makeConversation(ctx.app, user, { contactIds: [good.id], followUp: FOLLOW_UP });
    await api()
      .patch(`/api/v1/conversations/${conversation.id}`)
      .set(user.auth)
      .send({ contactIds: [poison.id], followUp: null, notes: "lost" })
      .expect(500);
    await api().get(`/api/v1/conversations/${conversation.id}`).set(user.auth).expect(200, conversation);
    expect(await tasks()).toBe(1);
  });

  it("replays an Idempotency-Key create without a second conversation or task", async () => {
    const user = await signUp(ctx.app);
    const contact = await makeContact(ctx.app, user);
    const body = { date: "2026-11-20", contactIds: [contact.id], followUp: FOLLOW_UP };
    const send = () => api().post("/api/v1/conversations").set(user.auth).set("Idempotency-Key", "log-1").send(body).expect(201);
    const [first, second] = [await send(), await send()];
    expect(second.body).toEqual(first.body);
    expect(await ctx.app.db.conversation.count({ where: { ownerId: user.user.id } })).toBe(1);
    expect(await ctx.app.db.task.count({ where: { ownerId: user.user.id } })).toBe(1);
  });
});
