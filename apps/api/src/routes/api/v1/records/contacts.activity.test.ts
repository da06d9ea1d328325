/**
 * A contact's read-only dates are kept by database triggers in the same
 * transaction as each write, so they are right whatever the order of writes.
 */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { listAll, makeContact, makeConversation, makeEvent } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;

beforeAll(async () => {
  owner = await signUp(ctx.app);
});

async function datesOf(contactId: string) {
  const { body } = await api().get(`/api/v1/contacts/${contactId}`).set(owner.auth).expect(200);
  return { firstMetOn: body.firstMetOn, lastContactedOn: body.lastContactedOn, lastHeardPitchOn: body.lastHeardPitchOn };
}

// Meetings are written straight to the table: this file tests contacts, not the meetings route.
const makeMeeting = (contactId: string, status: "SCHEDULED" | "DONE", scheduledAt: string) =>
  ctx.app.db.meeting.create({ data: { ownerId: owner.user.id, contactId, status, scheduledAt: new Date(scheduledAt) } });

describe("contact dates", () => {
  it("firstMetOn is the earliest of the met-at event, the first conversation and the day added, in any order of writes", async () => {
    const event = await makeEvent(ctx.app, owner, { date: "2026-10-10" });
    const contact = await makeContact(ctx.app, owner);
    // Added by hand today (the owner is in UTC): met today, until something earlier says otherwise.
    const addedOn = String(contact.createdAt).slice(0, 10);
    expect(await datesOf(contact.id)).toEqual({ firstMetOn: addedOn, lastContactedOn: null, lastHeardPitchOn: null });

    await makeConversation(ctx.app, owner, { contactIds: [contact.id], date: "2026-10-20" });
    expect((await datesOf(contact.id)).firstMetOn).toBe("2026-10-20");
    await api().patch(`/api/v1/contacts/${contact.id}`).set(owner.auth).send({ metAtEventId: event.id }).expect(200);
    expect((await datesOf(contact.id)).firstMetOn).toBe("2026-10-10");
    // An older conversation logged afterwards moves the first meeting back.
    const older = await makeConversation(ctx.app, owner, { contactIds: [contact.id], date: "2026-09-01" });
    expect((await datesOf(contact.id)).firstMetOn).toBe("2026-09-01");
    await api().delete(`/api/v1/conversations/${older.id}`).set(owner.auth).expect(204);
    expect((await datesOf(contact.id)).firstMetOn).toBe("2026-10-10");
  });

  it("lastContactedOn is the latest conversation or one-on-one done, counting a meeting once it is DONE", async () => {
    const contact = await makeContact(ctx.app, owner);
    const colleague = await makeContact(ctx.app, owner);
    await makeConversation(ctx.app, owner, { contactIds: [colleague.id, contact.id], date: "2026-11-01" });
    await makeConversation(ctx.app, owner, { contactIds: [contact.id], date: "2026-10-01" });
    expect((await datesOf(contact.id)).lastContactedOn).toBe("2026-11-01");

    const meeting = await makeMeeting(contact.id, "SCHEDULED", "2026-11-12T23:30:00.000Z");
    expect((await datesOf(contact.id)).lastContactedOn).toBe("2026-11-01");
    await ctx.app.db.meeting.update({ where: { id: meeting.id }, data: { status: "DONE" } });
    expect((await datesOf(contact.id)).lastContactedOn).toBe("2026-11-12");
    await makeMeeting(contact.id, "DONE", "2026-10-05T09:00:00.000Z");
    expect((await datesOf(contact.id)).lastContactedOn).toBe("2026-11-12");
    expect((await datesOf(colleague.id)).lastContactedOn).toBe("2026-11-01");
  });

  it("lastHeardPitchOn is the latest conversation where I explained what I do, and falls back when it goes", async () => {
    const contact = await makeContact(ctx.app, owner);
    const first = await makeConversation(ctx.app, owner, {
      contactIds: [contact.id],
      date: "2026-09-15",
      explainedWhatIDo: true,
    });
    const latest = await makeConversation(ctx.app, owner, {
      contactIds: [contact.id],
      date: "2026-11-03",
      explainedWhatIDo: true,
    });
    await makeConversation(ctx.app, owner, { contactIds: [contact.id], date: "2026-11-20", smallTalkOnly: true });
    // Logged later, but older: it changes nothing.
    await makeConversation(ctx.app, owner, { contactIds: [contact.id], date: "2026-10-01", explainedWhatIDo: true });
    expect(await datesOf(contact.id)).toEqual({
      firstMetOn: "2026-09-15",
      lastContactedOn: "2026-11-20",
      lastHeardPitchOn: "2026-11-03",
    });

    await api().delete(`/api/v1/conversations/${latest.id}`).set(owner.auth).expect(204);
    expect((await datesOf(contact.id)).lastHeardPitchOn).toBe("2026-10-01");
    const [middle] = await listAll(ctx.app, owner, "/api/v1/conversations", {
      contactId: contact.id,
      from: "2026-10-01",
      to: "2026-10-01",
    });
    await api().patch(`/api/v1/conversations/${middle!.id}`).set(owner.auth).send({ explainedWhatIDo: false }).expect(200);
    expect((await datesOf(contact.id)).lastHeardPitchOn).toBe("2026-09-15");
    // Taking the contact off the conversation takes the pitch with it.
    const stranger = await makeContact(ctx.app, owner);
    await api()
      .patch(`/api/v1/conversations/${first.id}`)
      .set(owner.auth)
      .send({ contactIds: [stranger.id] })
      .expect(200);
    expect((await datesOf(contact.id)).lastHeardPitchOn).toBeNull();
    expect((await datesOf(stranger.id)).lastHeardPitchOn).toBe("2026-09-15");
  });

  it("computes each contact's own dates across a whole list page", async () => {
    const user = await signUp(ctx.app);
    const quiet = await makeContact(ctx.app, user, { name: "Quiet" });
    const busy = await makeContact(ctx.app, user, { name: "Busy" });
    const event = await makeEvent(ctx.app, user, { date: "2026-08-08" });
    const met = await makeContact(ctx.app, user, { name: "Met", metAtEventId: event.id });
    await makeConversation(ctx.app, user, { contactIds: [busy.id], date: "2026-11-11", explainedWhatIDo: true });
    await makeConversation(ctx.app, user, { contactIds: [met.id, busy.id], date: "2026-09-09" });

    const rows = await listAll(ctx.app, user, "/api/v1/contacts");
    const byName = Object.fromEntries(rows.map((row) => [row.name, [row.firstMetOn, row.lastContactedOn, row.lastHeardPitchOn]]));
    expect(byName).toEqual({
      Met: ["2026-08-08", "2026-09-09", null],
      Busy: ["2026-09-09", "2026-11-11", "2026-11-11"],
      Quiet: [String(quiet.createdAt).slice(0, 10), null, null],
    });
    expect(rows.map((row) => row.id)).toEqual([met.id, busy.id, quiet.id]);
  });

  it("follows its met-at event when the event moves or is deleted", async () => {
    const event = await makeEvent(ctx.app, owner, { date: "2026-10-10" });
    const contact = await makeContact(ctx.app, owner, { metAtEventId: event.id });
    await makeConversation(ctx.app, owner, { contactIds: [contact.id], date: "2026-10-15" });
    expect((await datesOf(contact.id)).firstMetOn).toBe("2026-10-10");
    await api().patch(`/api/v1/events/${event.id}`).set(owner.auth).send({ date: "2026-10-05" }).expect(200);
    expect((await datesOf(contact.id)).firstMetOn).toBe("2026-10-05");
    await api().delete(`/api/v1/events/${event.id}`).set(owner.auth).expect(204);
    const after = await api().get(`/api/v1/contacts/${contact.id}`).set(owner.auth).expect(200);
    expect(after.body).toMatchObject({ metAtEventId: null, firstMetOn: "2026-10-15" });
  });

  it("follows a conversation whose date or pitch changes, and a meeting that is no longer done", async () => {
    const contact = await makeContact(ctx.app, owner);
    const talk = await makeConversation(ctx.app, owner, { contactIds: [contact.id], date: "2026-10-01", explainedWhatIDo: true });
    const meeting = await makeMeeting(contact.id, "DONE", "2026-11-02T15:00:00.000Z");
    expect(await datesOf(contact.id)).toEqual({
      firstMetOn: "2026-10-01",
      lastContactedOn: "2026-11-02",
      lastHeardPitchOn: "2026-10-01",
    });
    await api().patch(`/api/v1/conversations/${talk.id}`).set(owner.auth).send({ date: "2026-10-03" }).expect(200);
    expect(await datesOf(contact.id)).toEqual({
      firstMetOn: "2026-10-03",
      lastContactedOn: "2026-11-02",
      lastHeardPitchOn: "2026-10-03",
    });
    await api().patch(`/api/v1/conversations/${talk.id}`).set(owner.auth).send({ explainedWhatIDo: false }).expect(200);
    expect((await datesOf(contact.id)).lastHeardPitchOn).toBeNull();
    await ctx.app.db.meeting.update({ where: { id: meeting.id }, data: { status: "CANCELLED" } });
    expect((await datesOf(contact.id)).lastContactedOn).toBe("2026-10-03");
  });
  it("keeps the latest conversation alone (not one-on-ones) for the insights, out of the API", async () => {
    const lastTalkedOn = async (contactId: string) =>
      (await ctx.app.db.contact.findUniqueOrThrow({ where: { id: contactId } })).lastTalkedOn?.toISOString().slice(0, 10) ?? null;
    const contact = await makeContact(ctx.app, owner);
    const other = await makeContact(ctx.app, owner);
    expect(await lastTalkedOn(contact.id)).toBeNull();
    const early = await makeConversation(ctx.app, owner, { contactIds: [contact.id], date: "2026-10-01" });
    const late = await makeConversation(ctx.app, owner, { contactIds: [contact.id, other.id], date: "2026-10-20" });
    await makeMeeting(contact.id, "DONE", "2026-11-05T10:00:00.000Z");
    expect(await lastTalkedOn(contact.id)).toBe("2026-10-20");
    expect((await datesOf(contact.id)).lastContactedOn).toBe("2026-11-05");
    // Moved, unlinked, deleted: back to what is left.
    await api().patch(`/api/v1/conversations/${early.id}`).set(owner.auth).send({ date: "2026-10-25" }).expect(200);
    expect(await lastTalkedOn(contact.id)).toBe("2026-10-25");
    await api().patch(`/api/v1/conversations/${late.id}`).set(owner.auth).send({ contactIds: [other.id] }).expect(200);
    expect(await lastTalkedOn(contact.id)).toBe("2026-10-25");
    await api().delete(`/api/v1/conversations/${early.id}`).set(owner.auth).expect(204);
    expect(await lastTalkedOn(contact.id)).toBeNull();
    expect(await lastTalkedOn(other.id)).toBe("2026-10-20");
    const { body } = await api().get(`/api/v1/contacts/${contact.id}`).set(owner.auth).expect(200);
    expect(body).not.toHaveProperty("lastTalkedOn");
  });
});
