import { createHash } from "node:crypto";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { makeContact } from "../../../../../test/helpers/records.ts";
import { signUp } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("condition not reached in time");
}

describe("API keys", () => {
  it("go through their lifecycle: created, listed, used, revoked (401 at once)", async () => {
    const owner = await signUp(ctx.app);
    const created = await api()
      .post("/api/v1/api-keys")
      .set(owner.auth)
      .send({ name: "CRM sync", scopes: ["read"] })
      .expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: "CRM sync",
      scopes: ["read"],
      prefix: created.body.key.slice(0, 8),
      createdAt: expect.any(String),
      lastUsedAt: null,
      key: expect.stringMatching(/^trk_[0-9A-Za-z]{43}$/),
    });
    const auth = { Authorization: `Bearer ${created.body.key}` };

    const me = await api().get("/api/v1/me").set(auth).expect(200);
    expect(me.body.id).toBe(owner.user.id);

    const list = await until(
      () => api().get("/api/v1/api-keys").set(owner.auth).expect(200),
      (response) => response.body.data[0]?.lastUsedAt !== null,
    );
    expect(list.body).toEqual({ data: [{ ...created.body, key: undefined, lastUsedAt: expect.any(String) }], nextCursor: null });

    await api().delete(`/api/v1/api-keys/${created.body.id}`).set(owner.auth).expect(204);
    const revoked = await api().get("/api/v1/me").set(auth).expect(401);
    expect(revoked.body.detail).toMatch(/revoked/);
    expect((await api().get("/api/v1/api-keys").set(owner.auth).expect(200)).body.data).toEqual([]);
    await api().delete(`/api/v1/api-keys/${created.body.id}`).set(owner.auth).expect(404);
  });

  it("are shown once and stored only as a SHA-256 hash", async () => {
    const owner = await signUp(ctx.app);
    const { id, key } = await makeApiKey(ctx.app, owner, ["read", "write"]);
    const listed = await api().get("/api/v1/api-keys").set(owner.auth).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(key.slice(8));

    const [row] = await ctx.app.db.$queryRaw<Array<Record<string, unknown>>>`SELECT * FROM "ApiKey" WHERE id = ${id}::uuid`;
    expect(row!.keyHash).toBe(createHash("sha256").update(key).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(key.slice(8));
  });

  it("orders scopes and rejects unknown ones, empty lists and unknown fields", async () => {
    const owner = await signUp(ctx.app);
    const both = await api()
      .post("/api/v1/api-keys")
      .set(owner.auth)
      .send({ name: "x", scopes: ["write", "read"] })
      .expect(201);
    expect(both.body.scopes).toEqual(["read", "write"]);
    for (const body of [
      { name: "x", scopes: ["owner"] },
      { name: "x", scopes: [] },
      { name: "", scopes: ["read"] },
      { name: "x", scopes: ["read"], keyHash: "mine" },
    ]) {
      await api().post("/api/v1/api-keys").set(owner.auth).send(body).expect(400);
    }
  });

  it("let a read key read and refuse every write with 403, changing nothing", async () => {
    const owner = await signUp(ctx.app);
    const contact = await makeContact(ctx.app, owner);
    const { auth } = await makeApiKey(ctx.app, owner, ["read"]);

    const list = await api().get("/api/v1/contacts").set(auth).expect(200);
    expect(list.body.data.map((row: { id: string }) => row.id)).toEqual([contact.id]);
    await api().get(`/api/v1/contacts/${contact.id}`).set(auth).expect(200);
    await api().post("/api/v1/contacts").set(auth).send({ name: "Sneaky" }).expect(403);
    await api().patch(`/api/v1/contacts/${contact.id}`).set(auth).send({ name: "Renamed" }).expect(403);
    await api().delete(`/api/v1/contacts/${contact.id}`).set(auth).expect(403);
    await api().put("/api/v1/plan").set(auth).send({ pitch: "nope" }).expect(403);

    const after = await api().get("/api/v1/contacts").set(owner.auth).expect(200);
    expect(after.body.data).toEqual([expect.objectContaining({ id: contact.id, name: contact.name })]);
  });

  it("let a write key create, change and delete the owner's records", async () => {
    const owner = await signUp(ctx.app);
    const { auth } = await makeApiKey(ctx.app, owner, ["write"]);
    const created = await api().post("/api/v1/contacts").set(auth).send({ name: "From the CRM" }).expect(201);
    await api().patch(`/api/v1/contacts/${created.body.id}`).set(auth).send({ company: "Acme" }).expect(200);
    const seen = await api().get(`/api/v1/contacts/${created.body.id}`).set(owner.auth).expect(200);
    expect(seen.body).toMatchObject({ name: "From the CRM", company: "Acme" });
    await api().delete(`/api/v1/contacts/${created.body.id}`).set(auth).expect(204);
  });

  it("cannot manage keys, export the account or delete it", async () => {
    const owner = await signUp(ctx.app);
    const { id, auth } = await makeApiKey(ctx.app, owner, ["read", "write"]);
    await api()
      .post("/api/v1/api-keys")
      .set(auth)
      .send({ name: "child", scopes: ["write"] })
      .expect(403);
    await api().get("/api/v1/api-keys").set(auth).expect(403);
    await api().delete(`/api/v1/api-keys/${id}`).set(auth).expect(403);
    await api().get("/api/v1/me/export").set(auth).expect(403);
    await api().delete("/api/v1/me").set(auth).expect(403);

    await api().get("/api/v1/me").set(owner.auth).expect(200);
    expect(await ctx.app.db.apiKey.count({ where: { userId: owner.user.id } })).toBe(1);
  });

  it("are private: another user can neither see nor revoke them", async () => {
    const [owner, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
    const { id, auth } = await makeApiKey(ctx.app, owner, ["read"]);
    expect((await api().get("/api/v1/api-keys").set(other.auth).expect(200)).body.data).toEqual([]);
    await api().delete(`/api/v1/api-keys/${id}`).set(other.auth).expect(404);
    await api().get("/api/v1/me").set(auth).expect(200);
  });

  it("answer 401 for a malformed or unknown key and stop working when the account is deleted", async () => {
    const owner = await signUp(ctx.app);
    const { key, auth } = await makeApiKey(ctx.app, owner, ["read"]);
    await api().get("/api/v1/me").set({ Authorization: "Bearer trk_short" }).expect(401);
    await api()
      .get("/api/v1/me")
      .set({ Authorization: `Bearer ${key.slice(0, -1)}${key.endsWith("a") ? "b" : "a"}` })
      .expect(401);
    await api().delete("/api/v1/me").set(owner.auth).expect(204);
    await api().get("/api/v1/me").set(auth).expect(401);
  });

  it("record lastUsedAt in the background, at most once a minute", async () => {
    const owner = await signUp(ctx.app);
    const { id, auth } = await makeApiKey(ctx.app, owner, ["read"]);
    const lastUsed = () => ctx.app.db.apiKey.findUniqueOrThrow({ where: { id } }).then((row) => row.lastUsedAt);
    expect(await lastUsed()).toBeNull();

    await api().get("/api/v1/me").set(auth).expect(200);
    const first = await until(lastUsed, (value) => value !== null);
    for (let i = 0; i < 3; i += 1) await api().get("/api/v1/me").set(auth).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await lastUsed()).toEqual(first);

    // A minute later (moved back in the database), the next use records again.
    await ctx.app.db.apiKey.update({ where: { id }, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    await api().get("/api/v1/me").set(auth).expect(200);
    const second = await until(lastUsed, (value) => value !== null && value.getTime() > Date.now() - 10_000);
    expect(second!.getTime()).toBeGreaterThan(first!.getTime() - 1);
  });

  it("are capped per account", async () => {
    const owner = await signUp(ctx.app);
    await ctx.app.db.apiKey.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        userId: owner.user.id,
        name: `k${i}`,
        keyHash: `h-${owner.user.id}-${i}`,
        prefix: "trk_",
        scopes: ["read"],
      })),
    });
    const response = await api()
      .post("/api/v1/api-keys")
      .set(owner.auth)
      .send({ name: "one too many", scopes: ["read"] })
      .expect(409);
    expect(response.body.detail).toMatch(/at most 50/);
  });
});
