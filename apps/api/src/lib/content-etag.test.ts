import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/helpers/app.ts";
import { makeApiKey } from "../../test/helpers/api-keys.ts";
import { signUp, type TestUser } from "../../test/helpers/users.ts";
import { answersOneObject } from "./content-etag.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;

beforeAll(async () => {
  owner = await signUp(ctx.app, "JOBSEEKER", "Etta Tag");
});

describe("ETag on objects without versions", () => {
  it("is the same while the object is unchanged, another once it changes, and the write's answer names the new one", async () => {
    const first = await api().get("/api/v1/me").set(owner.auth).expect(200);
    const again = await api().get("/api/v1/me").set(owner.auth).expect(200);
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/);
    expect(again.headers.etag).toBe(first.headers.etag);

    const renamed = await api().patch("/api/v1/me").set(owner.auth).send({ name: "Etta Tagged" }).expect(200);
    expect(renamed.headers.etag).not.toBe(first.headers.etag);
    expect((await api().get("/api/v1/me").set(owner.auth).expect(200)).headers.etag).toBe(renamed.headers.etag);

    const settings = await api().put("/api/v1/me/notifications").set(owner.auth).send({ weeklyDigest: false, reminders: true });
    expect(settings.status).toBe(200);
    expect(settings.headers.etag).toMatch(/^"[\w-]{27}"$/);
  });

  it("is on the read of one object, not on lists or other people's answers", async () => {
    const key = await makeApiKey(ctx.app, owner, ["read"]);
    const one = await api().get(`/api/v1/api-keys/${key.id}`).set(owner.auth).expect(200);
    expect(one.headers.etag).toBeDefined();
    const list = await api().get("/api/v1/api-keys").set(owner.auth).expect(200);
    expect(list.headers.etag).toBeUndefined();
    const other = await signUp(ctx.app);
    const missing = await api().get(`/api/v1/api-keys/${key.id}`).set(other.auth).expect(404);
    expect(missing.headers.etag).toBeUndefined();
  });

  it("leaves a versioned object's own tag alone", async () => {
    const venue = await api().post("/api/v1/venues").set(owner.auth).send({ name: "Library", kind: "MEETUP" });
    expect(venue.status).toBe(201);
    const read = await api().get(`/api/v1/venues/${venue.body.id}`).set(owner.auth).expect(200);
    expect(read.headers.etag).toMatch(/^"[0-9a-z]{1,12}"$/);
  });

  it("applies to the reads of one object and to every PATCH/PUT answer", () => {
    expect(answersOneObject("GET", "/api/v1/orgs/:orgId")).toBe(true);
    expect(answersOneObject("GET", "/api/v1/orgs/{orgId}")).toBe(true);
    expect(answersOneObject("GET", "/api/v1/me")).toBe(true);
    expect(answersOneObject("GET", "/api/v1/orgs/:orgId/members")).toBe(false);
    expect(answersOneObject("put", "/api/v1/me/notifications")).toBe(true);
    expect(answersOneObject("POST", "/api/v1/venues")).toBe(false);
  });
});
