import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { expectReadPatchDelete, expectRejectedCreate } from "../../../../../test/helpers/expectations.ts";
import { errorPaths, listAll, makeCompany, makeContact, makeEvent } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;
let other: TestUser;

beforeAll(async () => {
  [owner, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
});

const countContacts = (user: TestUser) => ctx.app.db.contact.count({ where: { ownerId: user.user.id } });
const names = (rows: Array<Record<string, unknown>>) => rows.map((row) => row.name);
const MISSING_ID = "00000000-0000-4000-8000-000000000000";

describe("contacts", () => {
  it("creates, reads, updates partially and deletes a contact", async () => {
    const event = await makeEvent(ctx.app, owner, { date: "2026-10-20" });
    const company = await makeCompany(ctx.app, owner);
    const body = {
      name: "Olga Office",
      company: "Acme Corp",
      title: "Office manager",
      email: "olga@acme.example",
      phone: "+1 555 0100",
      linkedinUrl: "https://www.linkedin.com/in/olga",
      relationship: "INSIDER",
      metAtEventId: event.id,
      companyId: company.id,
      tags: ["rotary", "warm"],
      notes: "Knows everyone",
    };
    const created = await api().post("/api/v1/contacts").set(owner.auth).send(body).expect(201);
    expect(created.body).toEqual({
      ...body,
      id: expect.any(String),
      firstMetOn: "2026-10-20",
      lastContactedOn: null,
      lastHeardPitchOn: null,
      suggestedCompanyId: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    await expectReadPatchDelete(ctx.app, owner, "/api/v1/contacts", created.body, { title: "Operations lead" });
  });

  it("clears optional fields with null (and the dates derived from them)", async () => {
    const event = await makeEvent(ctx.app, owner, { date: "2026-10-20" });
    const contact = await makeContact(ctx.app, owner, { metAtEventId: event.id, email: "a@b.example", tags: ["x"] });
    const cleared = await api()
      .patch(`/api/v1/contacts/${contact.id}`)
      .set(owner.auth)
      .send({ metAtEventId: null, email: null, tags: [] })
      .expect(200);
    expect(cleared.body).toEqual({
      ...contact,
      metAtEventId: null,
      email: null,
      tags: [],
      // Without its event, the contact was first met the day it was added.
      firstMetOn: String(contact.createdAt).slice(0, 10),
      updatedAt: expect.any(String),
    });
  });

  it("searches name or company case-insensitively, and filters by relationship, company and tag", async () => {
    const user = await signUp(ctx.app);
    const acme = await makeCompany(ctx.app, user, { name: "Acme" });
    await makeContact(ctx.app, user, { name: "Ann Archer", company: "Globex", relationship: "CONNECTOR", tags: ["bni"] });
    await makeContact(ctx.app, user, { name: "Bob Baker", company: "ACME Industries", companyId: acme.id, tags: ["bni", "hot"] });
    await makeContact(ctx.app, user, { name: "Cy Acmeson", relationship: "INSIDER", companyId: acme.id });
    await makeContact(ctx.app, user, { name: "100% Dana", relationship: "CONNECTOR" });
    await makeContact(ctx.app, user, { name: "Agent 007", company: "MI\\6" });

    const search = (q: string) => listAll(ctx.app, user, "/api/v1/contacts", { q }).then(names);
    expect(await search("acme")).toEqual(["Cy Acmeson", "Bob Baker"]);
    expect(await search("GLOBEX")).toEqual(["Ann Archer"]);
    expect(await search("baker")).toEqual(["Bob Baker"]);
    expect(await search("zz-nobody")).toEqual([]);
    // LIKE wildcards in the search are taken literally.
    expect(await search("0%")).toEqual(["100% Dana"]);
    expect(await search("_")).toEqual([]);
    expect(await search("i\\")).toEqual(["Agent 007"]);

    const filter = (query: Record<string, string>) => listAll(ctx.app, user, "/api/v1/contacts", query).then(names);
    expect(await filter({ relationship: "CONNECTOR" })).toEqual(["100% Dana", "Ann Archer"]);
    expect(await filter({ companyId: acme.id })).toEqual(["Cy Acmeson", "Bob Baker"]);
    expect(await filter({ tag: "bn" })).toEqual([]);
    expect(await filter({ tag: "bni" })).toEqual(["Bob Baker", "Ann Archer"]);
    expect(await filter({ tag: "hot", q: "bob" })).toEqual(["Bob Baker"]);
    expect(await filter({ relationship: "INSIDER", companyId: acme.id })).toEqual(["Cy Acmeson"]);
  });

  it("pages newest first with a cursor", async () => {
    const user = await signUp(ctx.app);
    for (let i = 0; i < 5; i += 1) await makeContact(ctx.app, user, { name: `Person ${i}` });
    const first = await api().get("/api/v1/contacts").query({ limit: 2 }).set(user.auth).expect(200);
    expect(names(first.body.data)).toEqual(["Person 4", "Person 3"]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const all = await listAll(ctx.app, user, "/api/v1/contacts", { limit: 2 });
    expect(names(all)).toEqual(["Person 4", "Person 3", "Person 2", "Person 1", "Person 0"]);
  });

  it.each([
    ["a missing name", { name: undefined }, ["name"]],
    ["a number for a name", { name: 42 }, ["name"]],
    ["a bad email", { email: "not-an-email" }, ["email"]],
    ["a non-http LinkedIn URL", { linkedinUrl: "ftp://example.com/in/x" }, ["linkedinUrl"]],
    ["a bad relationship", { relationship: "BEST_FRIEND" }, ["relationship"]],
    ["tags as a string", { tags: "bni" }, ["tags"]],
    ["an over-long tag", { tags: ["ok", "x".repeat(51)] }, ["tags.1"]],
    ["a malformed event id", { metAtEventId: "event-1" }, ["metAtEventId"]],
    ["an unknown field", { mood: "happy" }, ["mood"]],
    ["a server-owned field", { ownerId: MISSING_ID }, ["ownerId"]],
    ["a read-only field", { lastHeardPitchOn: "2026-01-01" }, ["lastHeardPitchOn"]],
  ])("answers 400 for %s and writes nothing", async (_label, change, fields) => {
    await expectRejectedCreate(ctx.app, owner, "/api/v1/contacts", { name: "Valid Name", ...change }, fields, () =>
      countContacts(owner),
    );
  });

  it("answers 400 naming each reference that is another user's or missing, on create and update", async () => {
    const theirEvent = await makeEvent(ctx.app, other);
    const theirCompany = await makeCompany(ctx.app, other);
    const before = await countContacts(owner);
    const response = await api()
      .post("/api/v1/contacts")
      .set(owner.auth)
      .send({ name: "Nope", metAtEventId: theirEvent.id, companyId: theirCompany.id })
      .expect(400);
    expect(errorPaths(response)).toEqual(["companyId", "metAtEventId"]);
    const missing = await api()
      .post("/api/v1/contacts")
      .set(owner.auth)
      .send({ name: "Nope", companyId: MISSING_ID })
      .expect(400);
    expect(missing.body.errors).toEqual([{ path: "companyId", message: "That company does not exist any more; choose another" }]);
    expect(await countContacts(owner)).toBe(before);

    const mine = await makeContact(ctx.app, owner);
    const patch = await api()
      .patch(`/api/v1/contacts/${mine.id}`)
      .set(owner.auth)
      .send({ name: "Renamed", metAtEventId: theirEvent.id })
      .expect(400);
    expect(errorPaths(patch)).toEqual(["metAtEventId"]);
    await api().get(`/api/v1/contacts/${mine.id}`).set(owner.auth).expect(200, mine);
  });

  it("answers 400 for a bad update or list query and changes nothing", async () => {
    const mine = await makeContact(ctx.app, owner);
    await api().patch(`/api/v1/contacts/${mine.id}`).set(owner.auth).send({}).expect(400);
    const bad = await api()
      .patch(`/api/v1/contacts/${mine.id}`)
      .set(owner.auth)
      .send({ name: "", relationship: "BOSS", firstMetOn: "2026-01-01" })
      .expect(400);
    expect(errorPaths(bad)).toEqual(["firstMetOn", "name", "relationship"]);
    await api().get(`/api/v1/contacts/${mine.id}`).set(owner.auth).expect(200, mine);

    const query = await api()
      .get("/api/v1/contacts")
      .query({ relationship: "BOSS", companyId: "acme", limit: 0 })
      .set(owner.auth)
      .expect(400);
    expect(errorPaths(query)).toEqual(["companyId", "limit", "relationship"]);
  });
});
