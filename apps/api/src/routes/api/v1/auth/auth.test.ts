import request from "supertest";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { refreshCookieOf, signUp, uniqueEmail } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
const validBody = () => ({ email: uniqueEmail(), password: "long enough password", name: "Ada", role: "JOBSEEKER" });

async function countUsers(): Promise<number> {
  return ctx.app.db.user.count();
}

describe("POST /api/v1/auth/register", () => {
  it("creates a jobseeker, returns the user without secrets, an access token and an httpOnly refresh cookie", async () => {
    const body = { ...validBody(), email: "  Mixed.Case@Example.TEST " };
    body.email = `mixed-${Date.now()}@Example.TEST`;
    const response = await api().post("/api/v1/auth/register").send(body).expect(201);
    expect(response.body.user).toEqual({
      id: expect.any(String),
      email: body.email.toLowerCase(),
      name: "Ada",
      role: "JOBSEEKER",
      timezone: "UTC",
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    });
    expect(JSON.stringify(response.body)).not.toMatch(/passwordHash|argon2/);
    expect(response.body.accessToken.split(".")).toHaveLength(3);
    const cookie = [response.headers["set-cookie"]].flat().join(";");
    expect(cookie).toMatch(/traction_refresh=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
  });

  it("stores an argon2id hash, never the password", async () => {
    const body = validBody();
    await api().post("/api/v1/auth/register").send(body).expect(201);
    const stored = await ctx.app.db.user.findUniqueOrThrow({ where: { email: body.email } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(body.password);
  });

  it("registers a coach", async () => {
    const response = await api()
      .post("/api/v1/auth/register")
      .send({ ...validBody(), role: "COACH" })
      .expect(201);
    expect(response.body.user.role).toBe("COACH");
  });

  it("answers 409 for an email already taken, whatever its case", async () => {
    const body = validBody();
    await api().post("/api/v1/auth/register").send(body).expect(201);
    const before = await countUsers();
    const response = await api()
      .post("/api/v1/auth/register")
      .send({ ...body, email: body.email.toUpperCase() })
      .expect(409);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 409, title: "Conflict" });
    expect(await countUsers()).toBe(before);
  });

  it.each([
    ["password12", /common password/],
    ["1234567890", /common password/],
    ["          ", /repeats/],
    ["grace.hopper@example.com", /email or your name/],
    ["Grace Hopper 1906", /email or your name/],
  ])("refuses the password %j with a 400 saying why, and creates nothing (ASVS 5.0)", async (password, why) => {
    const before = await countUsers();
    const response = await api()
      .post("/api/v1/auth/register")
      .send({ ...validBody(), email: "grace.hopper@example.com", name: "Grace Hopper", password })
      .expect(400);
    expect(response.body.errors).toEqual([{ path: "password", message: expect.stringMatching(why) }]);
    expect(await countUsers()).toBe(before);
  });

  it.each([
    ["a bad email", { email: "not-an-email" }, ["email"]],
    ["a short password", { password: "short" }, ["password"]],
    ["a long password", { password: "x".repeat(129) }, ["password"]],
    ["an empty name", { name: "   " }, ["name"]],
    ["a number for a name", { name: 42 }, ["name"]],
    ["a missing role", { role: undefined }, ["role"]],
    ["role escalation", { role: "ADMIN" }, ["role"]],
    ["an unknown field", { isAdmin: true }, ["isAdmin"]],
    ["a server-owned field", { id: "00000000-0000-4000-8000-000000000000", createdAt: "2020-01-01" }, ["id", "createdAt"]],
    ["several bad fields at once", { email: "x", password: "y", name: "" }, ["email", "password", "name"]],
  ])("answers 400 naming each field for %s, and creates nothing", async (_label, change, fields) => {
    const before = await countUsers();
    const response = await api()
      .post("/api/v1/auth/register")
      .send({ ...validBody(), ...change })
      .expect(400);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ type: "urn:traction:problem:validation-failed", status: 400, title: "Bad Request" });
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([...fields].sort());
    expect(await countUsers()).toBe(before);
  });

  it("answers 400 for malformed JSON and 415 for another content type", async () => {
    const bad = await api().post("/api/v1/auth/register").set("Content-Type", "application/json").send("{not json").expect(400);
    expect(bad.body.status).toBe(400);
    const wrongType = await api().post("/api/v1/auth/register").set("Content-Type", "text/plain").send("hello").expect(415);
    expect(wrongType.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });
});

describe("POST /api/v1/auth/login", () => {
  it("signs in with the right password", async () => {
    const { user, password } = await signUp(ctx.app);
    const response = await api().post("/api/v1/auth/login").send({ email: user.email.toUpperCase(), password }).expect(200);
    expect(response.body.user).toEqual(user);
    expect(refreshCookieOf(response.headers["set-cookie"])).toMatch(/^traction_refresh=/);
  });

  it("answers a wrong password and an unknown email with the same 401", async () => {
    const { user } = await signUp(ctx.app);
    const wrong = await api().post("/api/v1/auth/login").send({ email: user.email, password: "not the password" }).expect(401);
    const unknown = await api()
      .post("/api/v1/auth/login")
      .send({ email: uniqueEmail(), password: "not the password" })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers["set-cookie"]).toBeUndefined();
  });

  it("takes similar time for an unknown email and a wrong password", async () => {
    const { user } = await signUp(ctx.app);
    const time = async (email: string) => {
      const started = performance.now();
      await api().post("/api/v1/auth/login").send({ email, password: "not the password" }).expect(401);
      return performance.now() - started;
    };
    await time(uniqueEmail()); // warm the dummy hash
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      unknown.push(await time(uniqueEmail()));
      wrong.push(await time(user.email));
    }
    // Both verify an argon2id hash; neither is an order of magnitude faster.
    expect(median(unknown) / median(wrong)).toBeGreaterThan(0.33);
    expect(median(unknown) / median(wrong)).toBeLessThan(3);
  });

  it("answers 400 naming fields for a bad body", async () => {
    const response = await api().post("/api/v1/auth/login").send({ email: "nope", extra: 1 }).expect(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(["email", "extra", "password"]);
  });
});

describe("refresh and logout", () => {
  it("rotates the refresh cookie on every use", async () => {
    const { refreshCookie } = await signUp(ctx.app);
    const first = await api().post("/api/v1/auth/refresh").set("Cookie", refreshCookie).expect(200);
    expect(first.body.accessToken).toEqual(expect.any(String));
    const next = refreshCookieOf(first.headers["set-cookie"]);
    expect(next).not.toBe(refreshCookie);
    const second = await api().post("/api/v1/auth/refresh").set("Cookie", next).expect(200);
    const me = await api().get("/api/v1/me").set("Authorization", `Bearer ${second.body.accessToken}`).expect(200);
    expect(me.body.role).toBe("JOBSEEKER");
  });

  it("treats reuse of a spent token as theft and revokes the whole family", async () => {
    const { refreshCookie } = await signUp(ctx.app);
    const rotated = await api().post("/api/v1/auth/refresh").set("Cookie", refreshCookie).expect(200);
    const current = refreshCookieOf(rotated.headers["set-cookie"]);
    await api().post("/api/v1/auth/refresh").set("Cookie", refreshCookie).expect(401);
    // The thief's replay also kills the legitimate, newer token.
    await api().post("/api/v1/auth/refresh").set("Cookie", current).expect(401);
  });

  it("lets only one of two parallel refreshes with the same token through", async () => {
    const { refreshCookie } = await signUp(ctx.app);
    const results = await Promise.all([1, 2].map(() => api().post("/api/v1/auth/refresh").set("Cookie", refreshCookie)));
    expect(results.map((result) => result.status).sort()).toEqual([200, 401]);
  });

  it("answers 401 without a cookie or with an unknown one", async () => {
    await api().post("/api/v1/auth/refresh").expect(401);
    await api().post("/api/v1/auth/refresh").set("Cookie", "traction_refresh=made-up").expect(401);
  });

  it("logout revokes the session and clears the cookie", async () => {
    const { refreshCookie } = await signUp(ctx.app);
    const response = await api().post("/api/v1/auth/logout").set("Cookie", refreshCookie).expect(204);
    expect([response.headers["set-cookie"]].flat().join(";")).toMatch(/traction_refresh=;/);
    await api().post("/api/v1/auth/refresh").set("Cookie", refreshCookie).expect(401);
    await api().post("/api/v1/auth/logout").expect(204);
  });
});

describe("GET /api/v1/me", () => {
  it("returns the signed-in account", async () => {
    const { user, auth } = await signUp(ctx.app, "COACH", "Coach Carter");
    const response = await api().get("/api/v1/me").set(auth).expect(200);
    expect(response.body).toEqual(user);
  });
});
