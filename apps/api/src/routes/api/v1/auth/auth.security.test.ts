import { createHmac } from "node:crypto";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { signUp } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();

const base64url = (value: object | string) =>
  Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

function hs256(payload: object, secret: string, header: object = { alg: "HS256", typ: "JWT" }): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac("sha256", secret).update(unsigned).digest("base64url")}`;
}

describe("access tokens", () => {
  it.each([
    ["no Authorization header", () => undefined],
    ["a garbage token", () => "Bearer garbage"],
    ["a non-bearer scheme", (token: string) => `Basic ${token}`],
  ])("answers 401 for %s", async (_label, header) => {
    const { token } = await signUp(ctx.app);
    const value = header(token);
    const call = request(ctx.app.server).get("/api/v1/me");
    if (value) call.set("Authorization", value);
    const response = await call.expect(401);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 401, title: "Unauthorized" });
  });

  it("rejects an expired token", async () => {
    const { user } = await signUp(ctx.app);
    const now = Math.floor(Date.now() / 1000);
    const token = hs256({ sub: user.id, role: user.role, iat: now - 7200, exp: now - 3600 }, ctx.config.JWT_SECRET);
    await request(ctx.app.server).get("/api/v1/me").set("Authorization", `Bearer ${token}`).expect(401);
  });

  it("rejects a token signed with another key", async () => {
    const { user } = await signUp(ctx.app);
    const now = Math.floor(Date.now() / 1000);
    const token = hs256({ sub: user.id, role: user.role, iat: now, exp: now + 600 }, "someone-elses-secret-0123456789abcdef");
    await request(ctx.app.server).get("/api/v1/me").set("Authorization", `Bearer ${token}`).expect(401);
  });

  it("rejects alg:none", async () => {
    const { user } = await signUp(ctx.app);
    const now = Math.floor(Date.now() / 1000);
    const token = `${base64url({ alg: "none", typ: "JWT" })}.${base64url({ sub: user.id, role: user.role, iat: now, exp: now + 600 })}.`;
    await request(ctx.app.server).get("/api/v1/me").set("Authorization", `Bearer ${token}`).expect(401);
  });

  it("rejects a token with another algorithm even when signed with our secret", async () => {
    const { user } = await signUp(ctx.app);
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${base64url({ alg: "HS512", typ: "JWT" })}.${base64url({ sub: user.id, role: user.role, iat: now, exp: now + 600 })}`;
    const token = `${unsigned}.${createHmac("sha512", ctx.config.JWT_SECRET).update(unsigned).digest("base64url")}`;
    await request(ctx.app.server).get("/api/v1/me").set("Authorization", `Bearer ${token}`).expect(401);
  });

  it("accepts a token we signed, and takes the role from the account, not the token", async () => {
    const { user } = await signUp(ctx.app, "JOBSEEKER");
    const now = Math.floor(Date.now() / 1000);
    const token = hs256({ sub: user.id, role: "COACH", iat: now, exp: now + 600 }, ctx.config.JWT_SECRET);
    const response = await request(ctx.app.server).get("/api/v1/me").set("Authorization", `Bearer ${token}`).expect(200);
    expect(response.body.role).toBe("JOBSEEKER");
  });

  it("stops a deleted account's token at once", async () => {
    const { user, auth } = await signUp(ctx.app);
    await ctx.app.db.user.delete({ where: { id: user.id } });
    await request(ctx.app.server).get("/api/v1/me").set(auth).expect(401);
  });
});
