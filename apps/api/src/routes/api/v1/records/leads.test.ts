import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { errorPaths, idsOf, listAll, makeCompany, makeContact, makeLead } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;
let other: TestUser;

beforeAll(async () => {
  [owner, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
});

const countLeads = (user: TestUser) => ctx.app.db.lead.count({ where: { ownerId: user.user.id } });
const countStageChanges = (user: TestUser) => ctx.app.db.leadStageChange.count({ where: { lead: { ownerId: user.user.id } } });
const history = async (leadId: string) =>
  (await ctx.app.db.leadStageChange.findMany({ where: { leadId }, orderBy: { changedAt: "asc" } })).map((change) => change.stage);

describe("leads", () => {
  it("creates, reads, updates partially and deletes a lead", async () => {
    const [company, contact] = await Promise.all([makeCompany(ctx.app, owner), makeContact(ctx.app, owner)]);
    const body = {
      title: "Operations analyst",
      stage: "REFERRAL",
      companyId: company.id,
      sourceContactId: contact.id,
      url: "https://jobs.example/ops-analyst",
      notes: "Pat passed my CV to the hiring manager",
    };
    const created = await api().post("/api/v1/leads").set(owner.auth).send(body).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      ...body,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const { id } = created.body;
    await api().get(`/api/v1/leads/${id}`).set(owner.auth).expect(200, created.body);
    const updated = await api()
      .patch(`/api/v1/leads/${id}`)
      .set(owner.auth)
      .send({ notes: "Call on Friday", url: null })
      .expect(200);
    expect(updated.body).toMatchObject({ stage: "REFERRAL", notes: "Call on Friday", url: null, companyId: company.id });
    await api().delete(`/api/v1/leads/${id}`).set(owner.auth).expect(204);
    await api().get(`/api/v1/leads/${id}`).set(owner.auth).expect(404);
    expect(await ctx.app.db.leadStageChange.count({ where: { leadId: id } })).toBe(0);
  });

  it("records the stage of every create and every stage change, keeping INTERVIEW after LOST", async () => {
    const lead = await makeLead(ctx.app, owner, { stage: "APPLIED" });
    expect(await history(lead.id)).toEqual(["APPLIED"]);
    await api().patch(`/api/v1/leads/${lead.id}`).set(owner.auth).send({ stage: "INTERVIEW" }).expect(200);
    // Not a stage change: no new history row.
    await api().patch(`/api/v1/leads/${lead.id}`).set(owner.auth).send({ stage: "INTERVIEW", notes: "2nd round" }).expect(200);
    await api().patch(`/api/v1/leads/${lead.id}`).set(owner.auth).send({ notes: "waiting" }).expect(200);
    const lost = await api().patch(`/api/v1/leads/${lead.id}`).set(owner.auth).send({ stage: "LOST" }).expect(200);
    expect(lost.body.stage).toBe("LOST");
    expect(await history(lead.id)).toEqual(["APPLIED", "INTERVIEW", "LOST"]);
    const reachedInterview = await ctx.app.db.lead.count({
      where: { ownerId: owner.user.id, stageChanges: { some: { stage: { in: ["INTERVIEW", "OFFER"] } } } },
    });
    expect(reachedInterview).toBeGreaterThanOrEqual(1);
  });

  it("records concurrent stage changes one by one", async () => {
    const lead = await makeLead(ctx.app, owner);
    const stages = ["REFERRAL", "APPLIED", "INTERVIEW", "OFFER"];
    await Promise.all(stages.map((stage) => api().patch(`/api/v1/leads/${lead.id}`).set(owner.auth).send({ stage }).expect(200)));
    const recorded = await history(lead.id);
    expect(recorded).toHaveLength(1 + stages.length);
    expect(recorded.slice(1).sort()).toEqual([...stages].sort());
  });

  it("filters by stage and company and pages newest first", async () => {
    const user = await signUp(ctx.app);
    const [acme, globex] = await Promise.all([
      makeCompany(ctx.app, user, { name: "Acme" }),
      makeCompany(ctx.app, user, { name: "Globex" }),
    ]);
    const l1 = await makeLead(ctx.app, user, { companyId: acme.id, stage: "APPLIED" });
    const l2 = await makeLead(ctx.app, user, { companyId: globex.id, stage: "APPLIED" });
    const l3 = await makeLead(ctx.app, user, { companyId: acme.id, stage: "IDEA" });
    const l4 = await makeLead(ctx.app, user, { stage: "OFFER" });

    expect(idsOf(await listAll(ctx.app, user, "/api/v1/leads", { limit: 3 }))).toEqual([l4.id, l3.id, l2.id, l1.id]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/leads", { stage: "APPLIED" }))).toEqual([l2.id, l1.id]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/leads", { companyId: acme.id }))).toEqual([l3.id, l1.id]);
    expect(idsOf(await listAll(ctx.app, user, "/api/v1/leads", { companyId: acme.id, stage: "APPLIED" }))).toEqual([l1.id]);
    const page = await api().get("/api/v1/leads").query({ limit: 2 }).set(user.auth).expect(200);
    expect(idsOf(page.body.data)).toEqual([l4.id, l3.id]);
    const next = await api().get("/api/v1/leads").query({ limit: 2, cursor: page.body.nextCursor }).set(user.auth).expect(200);
    expect(idsOf(next.body.data)).toEqual([l2.id, l1.id]);
    expect(next.body.nextCursor).toBeNull();
  });

  it.each([
    ["a missing title", { title: undefined }, ["title"]],
    ["a blank title", { title: "   " }, ["title"]],
    ["a missing stage", { stage: undefined }, ["stage"]],
    ["a bad stage", { stage: "GHOSTED" }, ["stage"]],
    ["a number for a title", { title: 12 }, ["title"]],
    ["a malformed companyId", { companyId: 3 }, ["companyId"]],
    ["a bad url", { url: "ftp://jobs.example" }, ["url"]],
    ["an unknown field", { salary: 90000 }, ["salary"]],
    ["a server-owned field", { ownerId: "00000000-0000-4000-8000-000000000000" }, ["ownerId"]],
    ["a server-owned timestamp", { updatedAt: "2026-01-01T00:00:00.000Z" }, ["updatedAt"]],
  ])("answers 400 for %s and writes nothing", async (_label, change, fields) => {
    const before = [await countLeads(owner), await countStageChanges(owner)];
    const response = await api()
      .post("/api/v1/leads")
      .set(owner.auth)
      .send({ title: "Analyst", stage: "IDEA", ...change })
      .expect(400);
    expect(errorPaths(response)).toEqual(fields);
    expect([await countLeads(owner), await countStageChanges(owner)]).toEqual(before);
  });

  it("answers 400 naming each reference to another user's records, and writes nothing", async () => {
    const [theirCompany, theirContact] = await Promise.all([makeCompany(ctx.app, other), makeContact(ctx.app, other)]);
    const before = [await countLeads(owner), await countStageChanges(owner)];
    const response = await api()
      .post("/api/v1/leads")
      .set(owner.auth)
      .send({ title: "Analyst", stage: "IDEA", companyId: theirCompany.id, sourceContactId: theirContact.id })
      .expect(400);
    expect(response.body.errors).toEqual([
      { path: "companyId", message: "That company does not exist any more; choose another" },
      { path: "sourceContactId", message: "That contact does not exist any more; choose another" },
    ]);
    expect([await countLeads(owner), await countStageChanges(owner)]).toEqual(before);

    const mine = await makeLead(ctx.app, owner);
    const patch = await api()
      .patch(`/api/v1/leads/${mine.id}`)
      .set(owner.auth)
      .send({ stage: "APPLIED", sourceContactId: theirContact.id })
      .expect(400);
    expect(errorPaths(patch)).toEqual(["sourceContactId"]);
    await api().get(`/api/v1/leads/${mine.id}`).set(owner.auth).expect(200, mine);
    expect(await history(mine.id)).toEqual(["IDEA"]);
  });

  it("answers 400 for a bad list query", async () => {
    const response = await api().get("/api/v1/leads").query({ stage: "WON", companyId: "acme", limit: 101 }).set(owner.auth);
    expect(response.status).toBe(400);
    expect(errorPaths(response)).toEqual(["companyId", "limit", "stage"]);
  });

  it("keeps a lead when its company or source contact is deleted, without the link", async () => {
    const [company, contact] = await Promise.all([makeCompany(ctx.app, owner), makeContact(ctx.app, owner)]);
    const lead = await makeLead(ctx.app, owner, { companyId: company.id, sourceContactId: contact.id });
    await api().delete(`/api/v1/companies/${company.id}`).set(owner.auth).expect(204);
    await api().delete(`/api/v1/contacts/${contact.id}`).set(owner.auth).expect(204);
    const after = await api().get(`/api/v1/leads/${lead.id}`).set(owner.auth).expect(200);
    expect(after.body).toMatchObject({ companyId: null, sourceContactId: null });
  });
});
