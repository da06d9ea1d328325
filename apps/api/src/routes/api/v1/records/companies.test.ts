import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { expectReadPatchDelete, expectRejectedCreate } from "../../../../../test/helpers/expectations.ts";
import { errorPaths, listAll, makeCompany, makeContact } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;

beforeAll(async () => {
  owner = await signUp(ctx.app);
});

const countCompanies = (user: TestUser) => ctx.app.db.company.count({ where: { ownerId: user.user.id } });
const names = (rows: Array<Record<string, unknown>>) => rows.map((row) => row.name);

describe("companies", () => {
  it("creates, reads, updates partially and deletes a target company", async () => {
    const created = await api().post("/api/v1/companies").set(owner.auth).send({ name: "Initech" }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: "Initech",
      priority: null,
      status: "RESEARCHING",
      notes: null,
      insiderCount: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    await expectReadPatchDelete(ctx.app, owner, "/api/v1/companies", created.body, { priority: 1, status: "CONNECTED" });
  });

  it("clears the priority with null and keeps the other fields on a partial update", async () => {
    const company = await makeCompany(ctx.app, owner, { priority: 2, notes: "Hiring in Q1" });
    const cleared = await api().patch(`/api/v1/companies/${company.id}`).set(owner.auth).send({ priority: null }).expect(200);
    expect(cleared.body).toEqual({ ...company, priority: null, updatedAt: expect.any(String) });
  });

  it("filters by status and priority, and pages newest first", async () => {
    const user = await signUp(ctx.app);
    await makeCompany(ctx.app, user, { name: "A", priority: 1, status: "APPLIED" });
    await makeCompany(ctx.app, user, { name: "B", priority: 2, status: "APPLIED" });
    await makeCompany(ctx.app, user, { name: "C", priority: 1 });
    await makeCompany(ctx.app, user, { name: "D" });

    const list = (query: Record<string, string | number>) => listAll(ctx.app, user, "/api/v1/companies", query).then(names);
    expect(await list({ limit: 1 })).toEqual(["D", "C", "B", "A"]);
    expect(await list({ status: "APPLIED" })).toEqual(["B", "A"]);
    expect(await list({ status: "RESEARCHING" })).toEqual(["D", "C"]);
    expect(await list({ priority: 1 })).toEqual(["C", "A"]);
    expect(await list({ priority: 1, status: "APPLIED" })).toEqual(["A"]);
    expect(await list({ status: "OFFER" })).toEqual([]);
    const first = await api().get("/api/v1/companies").query({ limit: 3 }).set(user.auth).expect(200);
    expect(names(first.body.data)).toEqual(["D", "C", "B"]);
    expect(first.body.nextCursor).toEqual(expect.any(String));
  });

  it.each([
    ["a missing name", { name: undefined }, ["name"]],
    ["a blank name", { name: "   " }, ["name"]],
    ["priority 0", { priority: 0 }, ["priority"]],
    ["priority 4", { priority: 4 }, ["priority"]],
    ["a fractional priority", { priority: 1.5 }, ["priority"]],
    ["priority as text", { priority: "2" }, ["priority"]],
    ["a bad status", { status: "DREAM_JOB" }, ["status"]],
    ["an unknown field", { website: "https://initech.example" }, ["website"]],
    ["a read-only field", { insiderCount: 3 }, ["insiderCount"]],
    ["a server-owned field", { id: "00000000-0000-4000-8000-000000000000" }, ["id"]],
  ])("answers 400 for %s and writes nothing", async (_label, change, fields) => {
    await expectRejectedCreate(ctx.app, owner, "/api/v1/companies", { name: "Valid", ...change }, fields, () =>
      countCompanies(owner),
    );
  });

  it("answers 400 for a bad update or list query and changes nothing", async () => {
    const company = await makeCompany(ctx.app, owner);
    await api().patch(`/api/v1/companies/${company.id}`).set(owner.auth).send({}).expect(400);
    const bad = await api()
      .patch(`/api/v1/companies/${company.id}`)
      .set(owner.auth)
      .send({ priority: 9, status: "nope", name: "Fine" })
      .expect(400);
    expect(errorPaths(bad)).toEqual(["priority", "status"]);
    await api().get(`/api/v1/companies/${company.id}`).set(owner.auth).expect(200, company);
    const query = await api().get("/api/v1/companies").query({ priority: 5, status: "x" }).set(owner.auth).expect(400);
    expect(errorPaths(query)).toEqual(["priority", "status"]);
  });
});

describe("insiderCount", () => {
  it("counts the owner's insiders and connectors at the company, following every change of a contact", async () => {
    const user = await signUp(ctx.app);
    const acme = await makeCompany(ctx.app, user, { name: "Acme" });
    const globex = await makeCompany(ctx.app, user, { name: "Globex" });
    const count = async (companyId: string) =>
      (await api().get(`/api/v1/companies/${companyId}`).set(user.auth).expect(200)).body.insiderCount;

    const olga = await makeContact(ctx.app, user, { name: "Olga", relationship: "INSIDER", companyId: acme.id });
    const pat = await makeContact(ctx.app, user, { name: "Pat", relationship: "CONNECTOR", companyId: acme.id });
    const rita = await makeContact(ctx.app, user, { name: "Rita", relationship: "RECRUITER", companyId: acme.id });
    await makeContact(ctx.app, user, { name: "No company", relationship: "INSIDER" });
    expect(await count(acme.id)).toBe(2);
    expect(await count(globex.id)).toBe(0);

    const patch = (id: string, body: object) => api().patch(`/api/v1/contacts/${id}`).set(user.auth).send(body).expect(200);
    await patch(rita.id, { relationship: "INSIDER" });
    expect(await count(acme.id)).toBe(3);
    await patch(olga.id, { relationship: "FRIEND_FAMILY" });
    expect(await count(acme.id)).toBe(2);
    await patch(pat.id, { companyId: globex.id });
    expect([await count(acme.id), await count(globex.id)]).toEqual([1, 1]);
    await patch(rita.id, { companyId: null });
    expect(await count(acme.id)).toBe(0);
    await api().delete(`/api/v1/contacts/${pat.id}`).set(user.auth).expect(204);
    expect(await count(globex.id)).toBe(0);
  });

  it("gives each company of a list page its own count", async () => {
    const user = await signUp(ctx.app);
    const [a, b, c] = [
      await makeCompany(ctx.app, user, { name: "A" }),
      await makeCompany(ctx.app, user, { name: "B" }),
      await makeCompany(ctx.app, user, { name: "C" }),
    ];
    for (const relationship of ["INSIDER", "CONNECTOR", "INSIDER"])
      await makeContact(ctx.app, user, { relationship, companyId: a.id });
    await makeContact(ctx.app, user, { relationship: "CONNECTOR", companyId: c.id });
    await makeContact(ctx.app, user, { relationship: "HIRING_MANAGER", companyId: b.id });

    const rows = await listAll(ctx.app, user, "/api/v1/companies", { limit: 2 });
    expect(rows.map((row) => [row.id, row.insiderCount])).toEqual([
      [c.id, 1],
      [b.id, 0],
      [a.id, 3],
    ]);
  });

  it("unlinks the contacts of a deleted company", async () => {
    const user = await signUp(ctx.app);
    const company = await makeCompany(ctx.app, user);
    const contact = await makeContact(ctx.app, user, { relationship: "INSIDER", companyId: company.id });
    await api().delete(`/api/v1/companies/${company.id}`).set(user.auth).expect(204);
    const after = await api().get(`/api/v1/contacts/${contact.id}`).set(user.auth).expect(200);
    expect(after.body.companyId).toBeNull();
  });
});
