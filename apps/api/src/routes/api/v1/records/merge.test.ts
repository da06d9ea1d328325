/** Duplicates asked before a create, merges of contacts and companies, and the "works at" company suggestion. */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { listAll, makeCompany, makeContact, makeConversation, makeEvent, post } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;
let other: TestUser;

beforeAll(async () => {
  [owner, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
});

const dataVersion = async (user: TestUser) => {
  const [row] = await ctx.app.db.$queryRaw<[{ v: bigint }]>`
    SELECT COALESCE((SELECT folded FROM "DataVersion" WHERE "ownerId" = ${user.user.id}::uuid), 0)
         + (SELECT COUNT(*) FROM "DataChange" WHERE "ownerId" = ${user.user.id}::uuid) AS v`;
  return row.v;
};

describe("GET /contacts/duplicates and /companies/duplicates", () => {
  it("finds the owner's contacts with the same name (case, accents, spacing aside) or email, oldest first", async () => {
    const user = await signUp(ctx.app);
    const sam = await makeContact(ctx.app, user, { name: "Sam Ortiz", company: "Acme" });
    const accented = await makeContact(ctx.app, user, { name: "  SÀM   ortíz " });
    const byEmail = await makeContact(ctx.app, user, { name: "Samuel O.", email: "Sam@Example.com" });
    await makeContact(ctx.app, user, { name: "Sam Ortega" });
    await makeContact(ctx.app, other, { name: "Sam Ortiz", email: "sam@example.com" });

    const ask = (query: object) => api().get("/api/v1/contacts/duplicates").query(query).set(user.auth).expect(200);
    const named = await ask({ name: "sam ortiz" });
    expect(named.body.data.map((row: { id: string; matchedOn: string[] }) => [row.id, row.matchedOn])).toEqual([
      [sam.id, ["name"]],
      [accented.id, ["name"]],
    ]);
    expect(named.body.data[0]).toEqual({ ...sam, matchedOn: ["name"] });
    const withEmail = await ask({ name: "Sam Ortiz", email: " sam@EXAMPLE.com" });
    expect(withEmail.body.data.map((row: { id: string; matchedOn: string[] }) => [row.id, row.matchedOn])).toEqual([
      [sam.id, ["name"]],
      [accented.id, ["name"]],
      [byEmail.id, ["email"]],
    ]);
    const excluded = await ask({ name: "Sam Ortiz", excludeId: sam.id });
    expect(excluded.body.data.map((row: { id: string }) => row.id)).toEqual([accented.id]);
    expect((await ask({ name: "Nobody" })).body.data).toEqual([]);
  });

  it("never blocks a create: the same name twice is two contacts", async () => {
    const user = await signUp(ctx.app);
    await makeContact(ctx.app, user, { name: "Twin" });
    await makeContact(ctx.app, user, { name: "twin" });
    expect(await ctx.app.db.contact.count({ where: { ownerId: user.user.id } })).toBe(2);
  });

  it("finds the owner's companies by name key", async () => {
    const user = await signUp(ctx.app);
    const acme = await makeCompany(ctx.app, user, { name: "Acme Analytics" });
    await makeCompany(ctx.app, user, { name: "Acme" });
    await makeCompany(ctx.app, other, { name: "Acme Analytics" });
    const found = await api().get("/api/v1/companies/duplicates").query({ name: "acme  ANALYTICS" }).set(user.auth).expect(200);
    expect(found.body).toEqual({ data: [acme] });
  });

  it("answers 400 naming each bad query field", async () => {
    const bad = await api().get("/api/v1/contacts/duplicates").query({ name: " ", excludeId: "x" }).set(owner.auth).expect(400);
    expect(bad.body.errors).toEqual([
      { path: "name", message: "Enter a name" },
      { path: "excludeId", message: "Choose one from the list" },
    ]);
    await api().get("/api/v1/companies/duplicates").set(owner.auth).expect(400);
  });

  it("finds by index, not by reading every contact", async () => {
    const plan = await ctx.app.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<Array<{ "QUERY PLAN": string }>>(
        `EXPLAIN SELECT id FROM "Contact" WHERE "ownerId" = '${owner.user.id}' AND traction_name_key(name) = traction_name_key('Sam')`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Contact_ownerId_nameKey_idx");
  });
});

describe("POST /contacts/:id/merge", () => {
  it("moves conversations, one-on-ones, tasks and leads, fills empty fields, unites tags, keeps notes, deletes the duplicate", async () => {
    const user = await signUp(ctx.app);
    const company = await makeCompany(ctx.app, user, { name: "Acme" });
    const early = await makeEvent(ctx.app, user, { date: "2026-09-01" });
    // The duplicate was added first: the kept contact takes its earlier createdAt.
    const dup = await makeContact(ctx.app, user, {
      name: "sam ortiz",
      email: "sam.o@old.example",
      title: "Product lead",
      companyId: company.id,
      metAtEventId: early.id,
      tags: ["pm", "data"],
      notes: "Likes hiking",
    });
    const keep = await makeContact(ctx.app, user, {
      name: "Sam Ortiz",
      email: "sam@acme.example",
      tags: ["pm"],
      notes: "Met at the breakfast",
    });
    const colleague = await makeContact(ctx.app, user, { name: "Colleague" });
    const both = await makeConversation(ctx.app, user, { contactIds: [colleague.id, dup.id, keep.id], date: "2026-10-01" });
    const dupOnly = await makeConversation(ctx.app, user, {
      contactIds: [dup.id],
      date: "2026-11-05",
      explainedWhatIDo: true,
      followUp: { action: "Send CV", dueOn: "2026-11-20" },
    });
    const meeting = await post(ctx.app, user, "/api/v1/meetings", {
      contactId: dup.id,
      status: "DONE",
      scheduledAt: "2026-11-10T10:00:00.000Z",
    });
    const lead = await post(ctx.app, user, "/api/v1/leads", { title: "PM role", stage: "REFERRAL", sourceContactId: dup.id });
    const versionBefore = await dataVersion(user);

    const preview = await api()
      .post(`/api/v1/contacts/${keep.id}/merge`)
      .set(user.auth)
      .send({ sourceId: dup.id, preview: true })
      .expect(200);
    await api().get(`/api/v1/contacts/${dup.id}`).set(user.auth).expect(200);
    expect(await dataVersion(user)).toBe(versionBefore);

    const merged = await api().post(`/api/v1/contacts/${keep.id}/merge`).set(user.auth).send({ sourceId: dup.id }).expect(200);
    expect(merged.body).toEqual({
      ...preview.body,
      preview: false,
      contact: { ...preview.body.contact, updatedAt: expect.any(String) },
    });
    expect(merged.body.moved).toEqual({ conversations: 2, meetings: 1, tasks: 1, leads: 1 });
    expect(merged.body.filled).toEqual(["title", "companyId", "metAtEventId"]);
    expect(merged.body.contact).toMatchObject({
      id: keep.id,
      name: "Sam Ortiz",
      email: "sam@acme.example",
      title: "Product lead",
      companyId: company.id,
      metAtEventId: early.id,
      tags: ["pm", "data"],
      notes: "Met at the breakfast\n\nLikes hiking\n\nFrom the merged duplicate: Email sam.o@old.example",
      firstMetOn: "2026-09-01",
      lastContactedOn: "2026-11-10",
      lastHeardPitchOn: "2026-11-05",
      createdAt: dup.createdAt,
    });
    expect(await dataVersion(user)).toBeGreaterThan(versionBefore);

    await api().get(`/api/v1/contacts/${dup.id}`).set(user.auth).expect(404);
    const conversations = await listAll(ctx.app, user, "/api/v1/conversations", { contactId: keep.id });
    expect(conversations.map((row) => row.id).sort()).toEqual([both.id, dupOnly.id].sort());
    const shared = await api().get(`/api/v1/conversations/${both.id}`).set(user.auth).expect(200);
    expect(shared.body.contactIds).toEqual([colleague.id, keep.id]);
    const moved = await api().get(`/api/v1/meetings/${meeting.id}`).set(user.auth).expect(200);
    expect(moved.body.contactId).toBe(keep.id);
    const followUp = await api()
      .get(`/api/v1/tasks/${(dupOnly.followUp as { taskId: string }).taskId}`)
      .set(user.auth)
      .expect(200);
    expect(followUp.body.contactId).toBe(keep.id);
    const sourced = await api().get(`/api/v1/leads/${lead.id}`).set(user.auth).expect(200);
    expect(sourced.body.sourceContactId).toBe(keep.id);
  });

  it("answers 400 for a merge into itself and 404 for another user's contact, changing nothing", async () => {
    const user = await signUp(ctx.app);
    const mine = await makeContact(ctx.app, user, { name: "Mine" });
    const theirs = await makeContact(ctx.app, other, { name: "Theirs" });
    const self = await api().post(`/api/v1/contacts/${mine.id}/merge`).set(user.auth).send({ sourceId: mine.id }).expect(400);
    expect(self.body.errors).toEqual([
      { path: "sourceId", message: "Choose another record: a record cannot be merged into itself" },
    ]);
    await api().post(`/api/v1/contacts/${mine.id}/merge`).set(user.auth).send({ sourceId: theirs.id }).expect(404);
    await api().post(`/api/v1/contacts/${theirs.id}/merge`).set(user.auth).send({ sourceId: mine.id }).expect(404);
    const bad = await api()
      .post(`/api/v1/contacts/${mine.id}/merge`)
      .set(user.auth)
      .send({ sourceId: "nope", extra: 1 })
      .expect(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(["extra", "sourceId"]);
    await api().get(`/api/v1/contacts/${mine.id}`).set(user.auth).expect(200, mine);
    await api().get(`/api/v1/contacts/${theirs.id}`).set(other.auth).expect(200, theirs);
  });
});

describe("POST /companies/:id/merge", () => {
  it("moves contacts, leads and conversation mentions, and keeps what only the duplicate said", async () => {
    const user = await signUp(ctx.app);
    const keep = await makeCompany(ctx.app, user, { name: "Acme Analytics", notes: "Series B" });
    const dup = await makeCompany(ctx.app, user, { name: "ACME analytics", priority: 1, status: "APPLIED", notes: "Hiring PMs" });
    const insider = await makeContact(ctx.app, user, { name: "Insider", relationship: "INSIDER", companyId: dup.id });
    const lead = await post(ctx.app, user, "/api/v1/leads", { title: "Analyst", stage: "APPLIED", companyId: dup.id });
    const mentionsBoth = await makeConversation(ctx.app, user, {
      mentionedJobSearch: true,
      mentionedCompanyIds: [keep.id, dup.id],
    });
    const mentionsDup = await makeConversation(ctx.app, user, { mentionedJobSearch: true, mentionedCompanyIds: [dup.id] });

    const merged = await api().post(`/api/v1/companies/${keep.id}/merge`).set(user.auth).send({ sourceId: dup.id }).expect(200);
    expect(merged.body).toMatchObject({
      moved: { contacts: 1, leads: 1, conversations: 2 },
      filled: ["priority", "status"],
      preview: false,
      company: {
        id: keep.id,
        name: "Acme Analytics",
        priority: 1,
        status: "APPLIED",
        insiderCount: 1,
        notes: "Series B\n\nHiring PMs",
      },
    });
    await api().get(`/api/v1/companies/${dup.id}`).set(user.auth).expect(404);
    expect((await api().get(`/api/v1/contacts/${insider.id}`).set(user.auth).expect(200)).body.companyId).toBe(keep.id);
    expect((await api().get(`/api/v1/leads/${lead.id}`).set(user.auth).expect(200)).body.companyId).toBe(keep.id);
    for (const conversation of [mentionsBoth, mentionsDup]) {
      const after = await api().get(`/api/v1/conversations/${conversation.id}`).set(user.auth).expect(200);
      expect(after.body.mentionedCompanyIds).toEqual([keep.id]);
    }
  });

  it("answers 400 for itself and 404 for another user's company", async () => {
    const user = await signUp(ctx.app);
    const mine = await makeCompany(ctx.app, user);
    const theirs = await makeCompany(ctx.app, other);
    await api().post(`/api/v1/companies/${mine.id}/merge`).set(user.auth).send({ sourceId: mine.id }).expect(400);
    await api().post(`/api/v1/companies/${mine.id}/merge`).set(user.auth).send({ sourceId: theirs.id }).expect(404);
    await api().get(`/api/v1/companies/${theirs.id}`).set(other.auth).expect(200, theirs);
  });
});

describe("suggestedCompanyId", () => {
  it("suggests the target company a contact's free-text 'works at' names, until the contact is linked", async () => {
    const user = await signUp(ctx.app);
    const acme = await makeCompany(ctx.app, user, { name: "Acme Analytics" });
    await makeCompany(ctx.app, other, { name: "Globex" });
    const works = await makeContact(ctx.app, user, { name: "Worker", company: " acme   analytics" });
    const elsewhere = await makeContact(ctx.app, user, { name: "Elsewhere", company: "Globex" });
    const none = await makeContact(ctx.app, user, { name: "No company" });
    expect(works.suggestedCompanyId).toBe(acme.id);

    const rows = await listAll(ctx.app, user, "/api/v1/contacts");
    expect(Object.fromEntries(rows.map((row) => [row.id, row.suggestedCompanyId]))).toEqual({
      [works.id]: acme.id,
      [elsewhere.id]: null,
      [none.id]: null,
    });
    const linked = await api().patch(`/api/v1/contacts/${works.id}`).set(user.auth).send({ companyId: acme.id }).expect(200);
    expect(linked.body).toMatchObject({ companyId: acme.id, suggestedCompanyId: null });
    const globex = await makeCompany(ctx.app, user, { name: "GLOBEX" });
    expect((await api().get(`/api/v1/contacts/${elsewhere.id}`).set(user.auth).expect(200)).body.suggestedCompanyId).toBe(
      globex.id,
    );
  });
});

describe("OpenAPI", () => {
  it("documents the duplicate checks and merges with their schemas", async () => {
    const { body } = await api().get("/api/v1/openapi.json").expect(200);
    for (const resource of ["contacts", "companies"]) {
      const duplicates = body.paths[`/api/v1/${resource}/duplicates`].get;
      expect(duplicates.parameters.map((parameter: { name: string }) => parameter.name)).toContain("name");
      const merge = body.paths[`/api/v1/${resource}/{id}/merge`].post;
      const schema = merge.requestBody.content["application/json"].schema;
      expect(schema.required).toEqual(["sourceId"]);
      expect(Object.keys(schema.properties)).toEqual(["sourceId", "preview"]);
      expect(merge.responses["200"]).toBeDefined();
      expect(merge.responses["404"]).toBeDefined();
    }
  });
});
