/**
 * The scope matrix of the routes that grant access or send data out (issue 13,
 * item 8): coach invites, coach links and webhooks. A signed-in person may; an
 * API key only with the explicit `admin` scope (a `write` key may not), and a
 * refused request changes nothing. API keys themselves stay session-only, even
 * for an `admin` key.
 */
import type { TApiKeyScope } from "@traction/schemas";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { makeApiKey, type TestApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { inviteCode, linkCoach } from "../../../../../test/helpers/coaching.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";
import { startReceiver, type Receiver } from "../../../../../test/helpers/webhook-receiver.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

const CALLERS = ["session", "readKey", "writeKey", "readWriteKey", "adminKey", "noToken"] as const;
type Caller = (typeof CALLERS)[number];
const SCOPES: Record<Exclude<Caller, "session" | "noToken">, TApiKeyScope[]> = {
  readKey: ["read"],
  writeKey: ["write"],
  readWriteKey: ["read", "write"],
  adminKey: ["admin"],
};

/** A change of who gets access or where data goes: only a session or an `admin` key. */
const ADMIN = (ok: number): Record<Caller, number> => ({
  session: ok,
  readKey: 403,
  writeKey: 403,
  readWriteKey: 403,
  adminKey: ok,
  noToken: 401,
});

let client: TestUser;
let coach: TestUser;
let receiver: Receiver;
const keys = {} as Record<"client" | "coach", Record<Exclude<Caller, "session" | "noToken">, TestApiKey>>;

beforeAll(async () => {
  [client, coach] = await Promise.all([signUp(ctx.app, "JOBSEEKER", "Scoped Client"), signUp(ctx.app, "COACH")]);
  receiver = await startReceiver();
  for (const [name, owner] of [
    ["client", client],
    ["coach", coach],
  ] as const) {
    keys[name] = {} as (typeof keys)[typeof name];
    for (const [caller, scopes] of Object.entries(SCOPES)) {
      keys[name][caller as keyof typeof SCOPES] = await makeApiKey(ctx.app, owner, scopes, caller);
    }
  }
  return () => receiver.close();
});

const auth = (caller: Caller, as: "client" | "coach") => {
  if (caller === "noToken") return {};
  if (caller === "session") return (as === "client" ? client : coach).auth;
  return keys[as][caller].auth;
};

const count = {
  invites: () => ctx.app.db.coachInvite.count({ where: { jobseekerId: client.user.id } }),
  activeLinks: () => ctx.app.db.coachLink.count({ where: { clientId: client.user.id, status: "ACTIVE" } }),
  webhooks: () => ctx.app.db.webhook.count({ where: { ownerId: client.user.id } }),
};

describe("routes that grant access or send data out", () => {
  it.each(CALLERS)("POST /coach-invites as %s", async (caller) => {
    const before = await count.invites();
    const response = await api().post("/api/v1/coach-invites").set(auth(caller, "client")).send({});
    expect(response.status).toBe(ADMIN(201)[caller]);
    expect(await count.invites()).toBe(before + (response.status === 201 ? 1 : 0));
  });

  it.each(CALLERS)("POST /coach/links as %s (the coach's)", async (caller) => {
    const code = await inviteCode(ctx.app, client);
    const before = await count.activeLinks();
    const response = await api().post("/api/v1/coach/links").set(auth(caller, "coach")).send({ code });
    expect(response.status).toBe(ADMIN(201)[caller]);
    expect(await count.activeLinks()).toBe(before + (response.status === 201 ? 1 : 0));
    if (response.status === 201) await api().delete(`/api/v1/coach/links/${response.body.id}`).set(coach.auth).expect(204);
  });

  it.each(CALLERS)("DELETE /coach/links/:linkId as %s (the coach's)", async (caller) => {
    const linkId = await linkCoach(ctx.app, client, coach);
    const response = await api().delete(`/api/v1/coach/links/${linkId}`).set(auth(caller, "coach"));
    expect(response.status).toBe(ADMIN(204)[caller]);
    const link = await ctx.app.db.coachLink.findUniqueOrThrow({ where: { id: linkId } });
    expect(link.status).toBe(response.status === 204 ? "ENDED" : "ACTIVE");
    if (link.status === "ACTIVE") await api().delete(`/api/v1/coaches/${linkId}`).set(client.auth).expect(204);
  });

  it.each(CALLERS)("DELETE /coaches/:linkId as %s (the client's)", async (caller) => {
    const linkId = await linkCoach(ctx.app, client, coach);
    const response = await api().delete(`/api/v1/coaches/${linkId}`).set(auth(caller, "client"));
    expect(response.status).toBe(ADMIN(204)[caller]);
    const link = await ctx.app.db.coachLink.findUniqueOrThrow({ where: { id: linkId } });
    expect(link.status).toBe(response.status === 204 ? "REVOKED" : "ACTIVE");
    if (link.status === "ACTIVE") await api().delete(`/api/v1/coaches/${linkId}`).set(client.auth).expect(204);
  });

  it.each(CALLERS)("POST /webhooks as %s", async (caller) => {
    const before = await count.webhooks();
    const response = await api()
      .post("/api/v1/webhooks")
      .set(auth(caller, "client"))
      .send({ url: receiver.url, events: ["contact.created"] });
    expect(response.status).toBe(ADMIN(201)[caller]);
    expect(await count.webhooks()).toBe(before + (response.status === 201 ? 1 : 0));
  });

  it.each(CALLERS)("DELETE /webhooks/:id as %s", async (caller) => {
    const hook = await api()
      .post("/api/v1/webhooks")
      .set(client.auth)
      .send({ url: receiver.url, events: ["contact.created"] })
      .expect(201);
    const response = await api().delete(`/api/v1/webhooks/${hook.body.id}`).set(auth(caller, "client"));
    expect(response.status).toBe(ADMIN(204)[caller]);
    expect(await ctx.app.db.webhook.count({ where: { id: hook.body.id } })).toBe(response.status === 204 ? 0 : 1);
  });

  it.each(CALLERS)("GET /webhooks (a read) as %s", async (caller) => {
    const response = await api().get("/api/v1/webhooks").set(auth(caller, "client"));
    expect(response.status).toBe(caller === "noToken" ? 401 : 200);
  });
});

describe("an admin key", () => {
  it("also writes records, like a write key", async () => {
    await api().post("/api/v1/venues").set(keys.client.adminKey.auth).send({ name: "Admin's venue", kind: "MEETUP" }).expect(201);
  });

  it("still cannot manage API keys, the calendar feed, the export or the account", async () => {
    const admin = keys.client.adminKey.auth;
    await api()
      .post("/api/v1/api-keys")
      .set(admin)
      .send({ name: "child", scopes: ["admin"] })
      .expect(403);
    await api().get("/api/v1/api-keys").set(admin).expect(403);
    await api().get("/api/v1/me/export").set(admin).expect(403);
    await api().delete("/api/v1/me").set(admin).expect(403);
    expect(await ctx.app.db.user.count({ where: { id: client.user.id } })).toBe(1);
  });

  it("is created and listed with its scope", async () => {
    const created = await api()
      .post("/api/v1/api-keys")
      .set(client.auth)
      .send({ name: "Zapier", scopes: ["admin", "read"] })
      .expect(201);
    expect(created.body.scopes).toEqual(["read", "admin"]);
  });
});
