import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { idsOf, listAll, makeContact, makeLead, makeTask } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;

beforeAll(async () => {
  owner = await signUp(ctx.app);
});

describe("a lead's stage history", () => {
  it("lists the stage it was created in, then each change, oldest first; a patch that keeps the stage adds nothing", async () => {
    const lead = await makeLead(ctx.app, owner, { stage: "IDEA" });
    await api().patch(`/api/v1/leads/${lead.id}`).set(owner.auth).send({ stage: "APPLIED" }).expect(200);
    await api().patch(`/api/v1/leads/${lead.id}`).set(owner.auth).send({ notes: "Sent the CV" }).expect(200);
    await api().patch(`/api/v1/leads/${lead.id}`).set(owner.auth).send({ stage: "INTERVIEW" }).expect(200);

    const response = await api().get(`/api/v1/leads/${lead.id}/stages`).set(owner.auth).expect(200);
    expect(response.body.data.map((change: { stage: string }) => change.stage)).toEqual(["IDEA", "APPLIED", "INTERVIEW"]);
    const times = response.body.data.map((change: { changedAt: string }) => Date.parse(change.changedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("is a 404 for an unknown lead and a 400 naming the id for a malformed one", async () => {
    await api().get("/api/v1/leads/00000000-0000-4000-8000-000000000000/stages").set(owner.auth).expect(404);
    const bad = await api().get("/api/v1/leads/not-an-id/stages").set(owner.auth).expect(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path)).toEqual(["id"]);
  });
});

describe("related-record filters", () => {
  it("lists the tasks about one contact, and the leads that came from one contact", async () => {
    const [ada, bob] = await Promise.all([makeContact(ctx.app, owner), makeContact(ctx.app, owner)]);
    const [adaTask] = await Promise.all([
      makeTask(ctx.app, owner, { contactId: ada.id }),
      makeTask(ctx.app, owner, { contactId: bob.id }),
      makeTask(ctx.app, owner),
    ]);
    const [adaLead] = await Promise.all([
      makeLead(ctx.app, owner, { sourceContactId: ada.id }),
      makeLead(ctx.app, owner, { sourceContactId: bob.id }),
      makeLead(ctx.app, owner),
    ]);
    expect(idsOf(await listAll(ctx.app, owner, "/api/v1/tasks", { contactId: ada.id }))).toEqual([adaTask.id]);
    expect(idsOf(await listAll(ctx.app, owner, "/api/v1/leads", { sourceContactId: ada.id }))).toEqual([adaLead.id]);
    const bad = await api().get("/api/v1/tasks").query({ contactId: "nope" }).set(owner.auth).expect(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path)).toEqual(["contactId"]);
  });
});
