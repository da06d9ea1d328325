import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { expectReadPatchDelete } from "../../../../../test/helpers/expectations.ts";
import {
  errorPaths,
  listAll,
  makeCompany,
  makeContact,
  makeConversation,
  makeEvent,
} from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;
let other: TestUser;

beforeAll(async () => {
  [owner, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
});

/** Rows the caller has in every table a conversation write touches. */
const counts = async (user: TestUser) => {
  const ownerId = user.user.id;
  const [conversations, contactLinks, companyLinks, tasks] = await Promise.all([
    ctx.app.db.conversation.count({ where: { ownerId } }),
    ctx.app.db.conversationContact.count({ where: { conversation: { ownerId } } }),
    ctx.app.db.conversationCompany.count({ where: { conversation: { ownerId } } }),
    ctx.app.db.task.count({ where: { ownerId } }),
  ]);
  return { conversations, contactLinks, companyLinks, tasks };
};
// Meetings are written straight to the table: this file tests conversations, not the meetings route.
const makeMeeting = async (user: TestUser, contactId: string) =>
  ctx.app.db.meeting.create({ data: { ownerId: user.user.id, contactId, status: "DONE" } });

describe("conversations", () => {
  it("creates, reads, updates partially and deletes a conversation, with its join rows", async () => {
    const [ann, bob] = [await makeContact(ctx.app, owner), await makeContact(ctx.app, owner)];
    const acme = await makeCompany(ctx.app, owner);
    const event = await makeEvent(ctx.app, owner);
    const meeting = await makeMeeting(owner, ann.id);
    const body = {
      date: "2026-11-02",
      contactIds: [bob.id, ann.id],
      eventId: event.id,
      meetingId: meeting.id,
      channel: "AT_EVENT",
      mentionedJobSearch: true,
      mentionedCompanyIds: [acme.id],
      explainedWhatIDo: true,
      notes: "Talked about the Acme opening",
    };
    const created = await api().post("/api/v1/conversations").set(owner.auth).send(body).expect(201);
    expect(created.body).toEqual({
      ...body,
      id: expect.any(String),
      smallTalkOnly: false,
      followUp: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const where = { where: { conversationId: created.body.id } };
    expect([await ctx.app.db.conversationContact.count(where), await ctx.app.db.conversationCompany.count(where)]).toEqual([
      2, 1,
    ]);
    await expectReadPatchDelete(ctx.app, owner, "/api/v1/conversations", created.body, { notes: "Edited", smallTalkOnly: true });
    expect([await ctx.app.db.conversationContact.count(where), await ctx.app.db.conversationCompany.count(where)]).toEqual([
      0, 0,
    ]);
  });

  it("replaces the contact and company sets on PATCH, keeping the contacts' order", async () => {
    const [ann, bob, cy] = [
      await makeContact(ctx.app, owner),
      await makeContact(ctx.app, owner),
      await makeContact(ctx.app, owner),
    ];
    const [acme, globex] = [await makeCompany(ctx.app, owner), await makeCompany(ctx.app, owner)];
    const event = await makeEvent(ctx.app, owner);
    const conversation = await makeConversation(ctx.app, owner, {
      contactIds: [bob.id, ann.id],
      mentionedCompanyIds: [acme.id],
      eventId: event.id,
      channel: "PHONE",
    });
    const { id } = conversation;
    const replaced = await api()
      .patch(`/api/v1/conversations/${id}`)
      .set(owner.auth)
      .send({ contactIds: [cy.id, bob.id], mentionedCompanyIds: [globex.id], eventId: null, channel: null })
      .expect(200);
    expect(replaced.body).toEqual({
      ...conversation,
      contactIds: [cy.id, bob.id],
      mentionedCompanyIds: [globex.id],
      eventId: null,
      channel: null,
      updatedAt: expect.any(String),
    });
    const cleared = await api()
      .patch(`/api/v1/conversations/${id}`)
      .set(owner.auth)
      .send({ mentionedCompanyIds: [] })
      .expect(200);
    expect(cleared.body).toMatchObject({ mentionedCompanyIds: [], contactIds: [cy.id, bob.id] });
    const links = await ctx.app.db.conversationContact.findMany({
      where: { conversationId: id },
      orderBy: { position: "asc" },
      select: { conversationId: true, contactId: true, position: true },
    });
    expect(links).toEqual([
      { conversationId: id, contactId: cy.id, position: 0 },
      { conversationId: id, contactId: bob.id, position: 1 },
    ]);
  });

  it("lists newest date first and filters by contact, event and date range", async () => {
    const user = await signUp(ctx.app);
    const [ann, bob] = [await makeContact(ctx.app, user), await makeContact(ctx.app, user)];
    const event = await makeEvent(ctx.app, user);
    const make = (date: string, body: object) => makeConversation(ctx.app, user, { date, ...body });
    const oct = await make("2026-10-01", { contactIds: [ann.id] });
    const nov = await make("2026-11-01", { contactIds: [bob.id, ann.id], eventId: event.id });
    const sep = await make("2026-09-01", { contactIds: [bob.id], eventId: event.id });
    const octToo = await make("2026-10-01", { contactIds: [bob.id] });

    const ids = (query: Record<string, string | number>) =>
      listAll(ctx.app, user, "/api/v1/conversations", query).then((rows) => rows.map((row) => row.id));
    // Equal dates are ordered by id, so a page boundary between them loses nothing.
    const sameDay = [oct.id, octToo.id].sort().reverse();
    expect(await ids({ limit: 1 })).toEqual([nov.id, ...sameDay, sep.id]);
    expect(await ids({ contactId: ann.id })).toEqual([nov.id, oct.id]);
    expect(await ids({ contactId: bob.id, limit: 2 })).toEqual([nov.id, octToo.id, sep.id]);
    expect(await ids({ eventId: event.id })).toEqual([nov.id, sep.id]);
    expect(await ids({ from: "2026-10-01", to: "2026-10-31" })).toEqual(sameDay);
    expect(await ids({ from: "2026-10-02" })).toEqual([nov.id]);
    expect(await ids({ to: "2026-09-30" })).toEqual([sep.id]);
    expect(await ids({ contactId: ann.id, eventId: event.id, from: "2026-11-01", to: "2026-11-01" })).toEqual([nov.id]);
  });

  it.each([
    ["a missing date", { date: undefined }, ["date"]],
    ["a date too far ahead", { date: "2028-01-01" }, ["date"]],
    ["no contacts", { contactIds: [] }, ["contactIds"]],
    ["missing contacts", { contactIds: undefined }, ["contactIds"]],
    ["contactIds as a string", { contactIds: "abc" }, ["contactIds"]],
    ["a malformed contact id", { contactIds: ["not-a-uuid"] }, ["contactIds.0"]],
    ["a repeated contact", { repeatContact: true }, ["contactIds.1"]],
    ["a bad channel", { channel: "CARRIER_PIGEON" }, ["channel"]],
    ["a boolean as text", { mentionedJobSearch: "yes" }, ["mentionedJobSearch"]],
    ["a follow-up without action", { followUp: { dueOn: "2026-12-01" } }, ["followUp.action"]],
    ["a follow-up with a bad date", { followUp: { action: "Call", dueOn: "tomorrow" } }, ["followUp.dueOn"]],
    ["a follow-up with an unknown field", { followUp: { action: "Call", dueOn: "2026-12-01", done: true } }, ["followUp.done"]],
    ["an unknown field", { mood: "upbeat" }, ["mood"]],
    ["a server-owned field", { followUpTaskId: "00000000-0000-4000-8000-000000000000" }, ["followUpTaskId"]],
  ])("answers 400 for %s and writes nothing", async (_label, change, fields) => {
    const contact = await makeContact(ctx.app, owner);
    const { repeatContact, ...rest } = change as { repeatContact?: boolean };
    const before = await counts(owner);
    const response = await api()
      .post("/api/v1/conversations")
      .set(owner.auth)
      .send({ date: "2026-11-01", contactIds: repeatContact ? [contact.id, contact.id] : [contact.id], ...rest })
      .expect(400);
    expect(errorPaths(response)).toEqual(fields);
    expect(await counts(owner)).toEqual(before);
  });

  it("answers 400 naming every reference field that holds another user's id, on create and update", async () => {
    const mine = await makeContact(ctx.app, owner);
    const theirContact = await makeContact(ctx.app, other);
    const theirCompany = await makeCompany(ctx.app, other);
    const theirEvent = await makeEvent(ctx.app, other);
    const theirMeeting = await makeMeeting(other, theirContact.id);
    const theirs = {
      contactIds: [mine.id, theirContact.id],
      mentionedCompanyIds: [theirCompany.id],
      eventId: theirEvent.id,
      meetingId: theirMeeting.id,
    };
    const before = await counts(owner);
    const response = await api()
      .post("/api/v1/conversations")
      .set(owner.auth)
      .send({ date: "2026-11-01", ...theirs, followUp: { action: "Call back", dueOn: "2026-12-01" } })
      .expect(400);
    expect(errorPaths(response)).toEqual(["contactIds.1", "eventId", "meetingId", "mentionedCompanyIds.0"]);
    expect(await counts(owner)).toEqual(before);

    const conversation = await makeConversation(ctx.app, owner, { contactIds: [mine.id] });
    for (const [field, value] of Object.entries(theirs)) {
      const patch = await api()
        .patch(`/api/v1/conversations/${conversation.id}`)
        .set(owner.auth)
        .send({ [field]: value, notes: "should not stick" })
        .expect(400);
      expect(errorPaths(patch)).toEqual([Array.isArray(value) ? `${field}.${value.length - 1}` : field]);
    }
    await api().get(`/api/v1/conversations/${conversation.id}`).set(owner.auth).expect(200, conversation);
  });

  it("answers 400 for a repeated id or empty body on update and for a bad list query", async () => {
    const conversation = await makeConversation(ctx.app, owner);
    const [contactId] = conversation.contactIds as string[];
    const company = await makeCompany(ctx.app, owner);
    await api().patch(`/api/v1/conversations/${conversation.id}`).set(owner.auth).send({}).expect(400);
    const repeated = await api()
      .patch(`/api/v1/conversations/${conversation.id}`)
      .set(owner.auth)
      .send({ contactIds: [contactId, contactId], mentionedCompanyIds: [company.id, company.id] })
      .expect(400);
    expect(errorPaths(repeated)).toEqual(["contactIds.1", "mentionedCompanyIds.1"]);
    await api().get(`/api/v1/conversations/${conversation.id}`).set(owner.auth).expect(200, conversation);
    const query = await api()
      .get("/api/v1/conversations")
      .query({ contactId: "x", from: "2026-13-01", to: "yesterday", eventId: "1" })
      .set(owner.auth)
      .expect(400);
    expect(errorPaths(query)).toEqual(["contactId", "eventId", "from", "to"]);
  });
});
