/**
 * Issue 13 item 4 and issue 11 item 5: who the client is (TRUST_PROXY), the
 * RateLimit headers on /auth, wrong passwords that slow the attacker and not the
 * account's owner, and a refresh budget apart from sign-in.
 */
import request from "supertest";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../../env.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { refreshCookieOf, signUp, uniqueEmail } from "../../../../../test/helpers/users.ts";

const wrong = (email: string) => ({ email, password: "not the password" });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the client's address", () => {
  describe("by default, even in production", () => {
    const ctx = useTestApp({ NODE_ENV: "production", AUTH_RATE_LIMIT_PER_IP: "30", AUTH_RATE_LIMIT_PER_EMAIL: "10" });

    it("ignores X-Forwarded-For: ninety sign-ins with rotating values from loopback are limited", async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 90; i += 1) {
        const response = await request(ctx.app.server)
          .post("/api/v1/auth/login")
          .set("X-Forwarded-For", `203.0.113.${i + 1}`)
          .send(wrong(uniqueEmail()));
        statuses.push(response.status);
      }
      expect(statuses.filter((status) => status === 401)).toHaveLength(30);
      expect(statuses.filter((status) => status === 429)).toHaveLength(60);
    });
  });

  describe("with TRUST_PROXY naming the proxy", () => {
    const ctx = useTestApp({ TRUST_PROXY: "127.0.0.1", AUTH_RATE_LIMIT_PER_IP: "3" });

    it("takes the address the proxy forwards, so each client has its own budget", async () => {
      const attempt = (client: string) =>
        request(ctx.app.server).post("/api/v1/auth/login").set("X-Forwarded-For", client).send(wrong(uniqueEmail()));
      for (let i = 0; i < 3; i += 1) expect((await attempt("198.51.100.7")).status).toBe(401);
      expect((await attempt("198.51.100.7")).status).toBe(429);
      expect((await attempt("198.51.100.8")).status).toBe(401);
    });
  });

  it("reads TRUST_PROXY as a hop count or a list of addresses and ranges, and refuses anything else", () => {
    const base = { DATABASE_URL: "postgresql://localhost/x" };
    expect(loadConfig(base).TRUST_PROXY).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ ...base, TRUST_PROXY: "10.0.0.0/8, loopback, ::1" }).TRUST_PROXY).toEqual([
      "10.0.0.0/8",
      "loopback",
      "::1",
    ]);
    for (const value of ["true", "*", "10.0.0.0/33", "proxy.example"]) {
      expect(() => loadConfig({ ...base, TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY/);
    }
  });
});

describe("RateLimit headers and the 429", () => {
  const ctx = useTestApp({ AUTH_RATE_LIMIT_PER_IP: "4", AUTH_RATE_LIMIT_PER_EMAIL: "10", AUTH_RATE_LIMIT_WINDOW_SECONDS: "60" });

  it("reports each limit a sign-in met, then names the one that was hit", async () => {
    const email = uniqueEmail();
    const first = await request(ctx.app.server).post("/api/v1/auth/login").send(wrong(email)).expect(401);
    expect(first.headers["ratelimit-policy"]).toBe('"login";q=4;w=60, "login-failures";q=10;w=3600');
    expect(first.headers.ratelimit).toMatch(/^"login";r=3;t=(60|59), "login-failures";r=9;t=(3600|3599)$/);

    for (let i = 0; i < 3; i += 1) await request(ctx.app.server).post("/api/v1/auth/login").send(wrong(email));
    const limited = await request(ctx.app.server).post("/api/v1/auth/login").send(wrong(email)).expect(429);
    expect(limited.headers["ratelimit-policy"]).toBe('"login";q=4;w=60');
    const [, reset] = /^"login";r=0;t=(\d+)$/.exec(limited.headers.ratelimit ?? "") ?? [];
    expect(Number(reset)).toBeGreaterThan(0);
    expect(limited.headers["retry-after"]).toBe(reset);
    expect(limited.body.detail).toContain('limit "login": 4 per 60 s');
    expect(limited.body.detail).toContain(`try again in ${reset} s`);
  });

  it("reports the session budget on refresh and logout", async () => {
    const user = await signUp(ctx.app);
    const refreshed = await request(ctx.app.server).post("/api/v1/auth/refresh").set("Cookie", user.refreshCookie).expect(200);
    expect(refreshed.headers["ratelimit-policy"]).toBe('"session";q=300;w=60');
    expect(refreshed.headers.ratelimit).toMatch(/^"session";r=299;t=\d+$/);
    const loggedOut = await request(ctx.app.server).post("/api/v1/auth/logout").expect(204);
    expect(loggedOut.headers.ratelimit).toMatch(/^"session";r=298;t=\d+$/);
  });

  it("declares the headers in the OpenAPI document: limited operations, and Retry-After on each 429", async () => {
    const { body } = await request(ctx.app.server).get("/api/v1/openapi.json").expect(200);
    expect(Object.keys(body.components.headers)).toEqual(
      expect.arrayContaining(["RateLimit-Policy", "RateLimit", "Retry-After"]),
    );
    const login = body.paths["/api/v1/auth/login"].post.responses;
    expect(login["200"].headers.RateLimit).toEqual({ $ref: "#/components/headers/RateLimit" });
    expect(login["429"]).toEqual({ $ref: "#/components/responses/TooManyRequests" });
    expect(body.components.responses.TooManyRequests.headers["Retry-After"]).toEqual({
      $ref: "#/components/headers/Retry-After",
    });
    expect(body.paths["/api/v1/me"].get.responses["200"].headers["RateLimit-Policy"]).toBeDefined();
    expect(body.paths["/health"].get.responses["200"].headers).toBeUndefined();
  });

  it("reports the register budgets", async () => {
    const response = await request(ctx.app.server)
      .post("/api/v1/auth/register")
      .send({ email: uniqueEmail(), password: "long enough password", name: "R", role: "JOBSEEKER" })
      .expect(201);
    expect(response.headers["ratelimit-policy"]).toBe('"register";q=4;w=60, "register-email";q=10;w=60');
  });
});

describe("wrong passwords slow the attacker, not the account", () => {
  // Addresses come from X-Forwarded-For through a trusted proxy, so one test can play several clients.
  const ctx = useTestApp({
    TRUST_PROXY: "loopback",
    AUTH_RATE_LIMIT_PER_IP: "1000",
    AUTH_RATE_LIMIT_PER_EMAIL: "10",
    AUTH_RATE_LIMIT_WINDOW_SECONDS: "1",
  });
  const login = (from: string, body: { email: string; password: string }) =>
    request(ctx.app.server).post("/api/v1/auth/login").set("X-Forwarded-For", from).send(body);

  it("after ten wrong passwords from one address, the owner still signs in from another", async () => {
    const owner = await signUp(ctx.app);
    const { email } = owner.user;
    for (let i = 0; i < 10; i += 1) expect((await login("192.0.2.66", wrong(email))).status).toBe(401);

    // The attacker's address is in its backoff, even with the right password.
    const blocked = await login("192.0.2.66", { email, password: owner.password });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.ratelimit).toContain('"login-failures";r=0;t=1');
    expect(blocked.body.detail).toContain('"login-failures"');

    // The owner, elsewhere, is not.
    const mine = await login("192.0.2.10", { email, password: owner.password });
    expect(mine.status).toBe(200);
    expect(mine.headers.ratelimit).toContain('"login-failures";r=10;');
  });

  it("doubles the backoff with each further failure, and a success clears it", async () => {
    const owner = await signUp(ctx.app);
    const { email } = owner.user;
    for (let i = 0; i < 9; i += 1) await login("192.0.2.77", wrong(email));
    const tenth = await login("192.0.2.77", wrong(email));
    expect(tenth.status).toBe(401);
    expect(tenth.headers.ratelimit).toContain('"login-failures";r=0;t=1');

    await sleep(1_100);
    const eleventh = await login("192.0.2.77", wrong(email));
    expect(eleventh.status).toBe(401);
    expect(eleventh.headers.ratelimit).toContain('"login-failures";r=0;t=2');
    expect((await login("192.0.2.77", wrong(email))).status).toBe(429);

    await sleep(2_100);
    const success = await login("192.0.2.77", { email, password: owner.password });
    expect(success.status).toBe(200);
    // Cleared: the next mistake starts a fresh count.
    const again = await login("192.0.2.77", wrong(email));
    expect(again.status).toBe(401);
    expect(again.headers.ratelimit).toContain('"login-failures";r=9;');
  });
});

describe("refresh has its own budget", () => {
  // The shipped defaults: 30 sign-ins per address per minute, 300 refreshes.
  const ctx = useTestApp({ AUTH_RATE_LIMIT_PER_IP: "30", AUTH_RATE_LIMIT_PER_EMAIL: "10" });

  it("forty refreshes a minute (page loads) go through, even after sign-in's budget is spent", async () => {
    const user = await signUp(ctx.app);
    for (let i = 0; i < 30; i += 1) {
      await request(ctx.app.server).post("/api/v1/auth/login").send(wrong(uniqueEmail())).expect(401);
    }
    await request(ctx.app.server).post("/api/v1/auth/login").send(wrong(uniqueEmail())).expect(429);

    let cookie = user.refreshCookie;
    for (let i = 0; i < 40; i += 1) {
      const response = await request(ctx.app.server).post("/api/v1/auth/refresh").set("Cookie", cookie);
      expect(response.status, `refresh ${i + 1}`).toBe(200);
      cookie = refreshCookieOf(response.headers["set-cookie"]);
    }
  });
});
