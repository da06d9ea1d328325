/**
 * An owner's data version moves with every committed write to anything
 * insights read — through the API or straight in SQL — only for that owner,
 * and folding the change log never moves it.
 */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../test/helpers/app.ts";
import {
  makeCompany,
  makeContact,
  makeConversation,
  makeEvent,
  makeLead,
  makeMeeting,
  makePost,
  makeTask,
} from "../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../test/helpers/users.ts";
import { dataVersions, foldDataChanges } from "./data-versions.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;
let bystander: TestUser;

beforeAll(async () => {
  owner = await signUp(ctx.app);
  bystander = await signUp(ctx.app);
});

async function versionOf(user: TestUser): Promise<bigint> {
  return BigInt((await dataVersions(ctx.app.db, [user.user.id])).get(user.user.id)!);
}

/** Runs `write` and returns how far it moved the owner's and the bystander's versions. */
async function moves(write: () => Promise<unknown>) {
  const [ownerBefore, bystanderBefore] = [await versionOf(owner), await versionOf(bystander)];
  await write();
  return { owner: (await versionOf(owner)) > ownerBefore, bystander: (await versionOf(bystander)) > bystanderBefore };
}

describe("data versions", () => {
  it("start at zero for someone who never wrote, and answer for many owners in one call", async () => {
    const fresh = await signUp(ctx.app);
    const versions = await dataVersions(ctx.app.db, [fresh.user.id, owner.user.id]);
    expect(versions.get(fresh.user.id)).toBe("0");
    expect([...versions.keys()].sort()).toEqual([fresh.user.id, owner.user.id].sort());
  });

  it.each([
    ["an event at a new venue", () => makeEvent(ctx.app, owner)],
    ["a contact", () => makeContact(ctx.app, owner)],
    ["a conversation", () => makeConversation(ctx.app, owner)],
    ["a one-on-one", () => makeMeeting(ctx.app, owner)],
    ["a company", () => makeCompany(ctx.app, owner)],
    ["a lead", () => makeLead(ctx.app, owner)],
    ["a task", () => makeTask(ctx.app, owner)],
    ["a post", () => makePost(ctx.app, owner)],
    [
      "a plan",
      () =>
        api()
          .put("/api/v1/plan")
          .set(owner.auth)
          .send({ weeklyTargets: { events: 4, newContacts: 5, oneOnOnes: 1, conversationsMentioningSearchPct: 50 } })
          .expect(200),
    ],
  ])("move when %s is saved, for that owner only", async (_label, write) => {
    expect(await moves(write)).toEqual({ owner: true, bystander: false });
  });

  it("move on updates and deletes, and on a lead's stage history", async () => {
    const contact = await makeContact(ctx.app, owner);
    expect(
      await moves(() => api().patch(`/api/v1/contacts/${contact.id}`).set(owner.auth).send({ name: "Pat P." }).expect(200)),
    ).toEqual({ owner: true, bystander: false });
    expect(await moves(() => api().delete(`/api/v1/contacts/${contact.id}`).set(owner.auth).expect(204))).toEqual({
      owner: true,
      bystander: false,
    });
    const lead = await makeLead(ctx.app, owner);
    expect(await moves(() => ctx.app.db.leadStageChange.create({ data: { leadId: lead.id, stage: "INTERVIEW" } }))).toEqual({
      owner: true,
      bystander: false,
    });
  });

  it("move when the owner changes time zone (their days are counted there), and not for the same zone again", async () => {
    const zone = (timezone: string) => api().patch("/api/v1/me").set(owner.auth).send({ timezone }).expect(200);
    expect(await moves(() => zone("Asia/Tokyo"))).toEqual({ owner: true, bystander: false });
    expect(await moves(() => zone("Asia/Tokyo"))).toEqual({ owner: false, bystander: false });
    expect(await moves(() => api().patch("/api/v1/me").set(owner.auth).send({ name: "Owen Owner" }).expect(200))).toEqual({
      owner: false,
      bystander: false,
    });
    expect(await moves(() => zone("UTC"))).toEqual({ owner: true, bystander: false });
  });

  it("move on writes made straight in SQL, as imports and scripts make them", async () => {
    const conversation = await makeConversation(ctx.app, owner);
    expect(
      await moves(
        () => ctx.app.db.$executeRaw`UPDATE "Conversation" SET "smallTalkOnly" = true WHERE id = ${conversation.id}::uuid`,
      ),
    ).toEqual({ owner: true, bystander: false });
    expect(
      await moves(
        () => ctx.app.db.$executeRaw`DELETE FROM "ConversationContact" WHERE "conversationId" = ${conversation.id}::uuid`,
      ),
    ).toEqual({ owner: true, bystander: false });
  });

  it("do not move when a write is rolled back", async () => {
    const before = await versionOf(owner);
    await expect(
      ctx.app.db.$transaction(async (tx) => {
        await tx.post.create({ data: { ownerId: owner.user.id, title: "Draft" } });
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await versionOf(owner)).toBe(before);
  });

  it("stay where they are when the change log is folded, and keep moving afterwards", async () => {
    await makeContact(ctx.app, owner);
    const before = await versionOf(owner);
    expect(await foldDataChanges(ctx.app.db)).toBeGreaterThan(0);
    expect(await ctx.app.db.dataChange.count({ where: { ownerId: owner.user.id } })).toBe(0);
    expect(await versionOf(owner)).toBe(before);
    expect(await foldDataChanges(ctx.app.db)).toBe(0);
    await makeContact(ctx.app, owner);
    expect(await versionOf(owner)).toBeGreaterThan(before);
  });
});
