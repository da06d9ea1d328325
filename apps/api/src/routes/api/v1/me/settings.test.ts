/** PATCH /me (name, time zone) and POST /me/password, against the real database. */
import request from "supertest";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { refreshCookieOf, signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

const me = async (user: TestUser) => (await api().get("/api/v1/me").set(user.auth).expect(200)).body;
const paths = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((error) => error.path).sort();

/** Signs in again: a second session with its own refresh cookie. */
async function secondSession(user: TestUser, password = user.password) {
  const response = await api().post("/api/v1/auth/login").send({ email: user.user.email, password }).expect(200);
  return refreshCookieOf(response.headers["set-cookie"]);
}
const refresh = (cookie: string) => api().post("/api/v1/auth/refresh").set("Cookie", cookie);

describe("PATCH /me", () => {
  it("changes the name and the time zone, each alone or together, and GET /me shows them", async () => {
    const user = await signUp(ctx.app, "JOBSEEKER", "Old Name");
    expect(await me(user)).toMatchObject({ name: "Old Name", timezone: "UTC" });
    const renamed = await api().patch("/api/v1/me").set(user.auth).send({ name: "  New Name " }).expect(200);
    expect(renamed.body).toMatchObject({ id: user.user.id, email: user.user.email, name: "New Name", timezone: "UTC" });
    await api().patch("/api/v1/me").set(user.auth).send({ timezone: "Europe/Paris" }).expect(200);
    expect(await me(user)).toMatchObject({ name: "New Name", timezone: "Europe/Paris" });
    await api().patch("/api/v1/me").set(user.auth).send({ name: "Both", timezone: "Asia/Tokyo" }).expect(200);
    expect(await me(user)).toMatchObject({ name: "Both", timezone: "Asia/Tokyo" });
    expect(await me(user)).not.toHaveProperty("passwordHash");
  });

  it("refuses a made-up time zone, an empty name, a bad email, the role and unknown fields (400 naming each), changing nothing", async () => {
    const user = await signUp(ctx.app, "JOBSEEKER", "Kept");
    const cases: Array<[object, string[]]> = [
      [{ timezone: "Mars/Olympus_Mons" }, ["timezone"]],
      [{ timezone: "" }, ["timezone"]],
      [{ name: "   " }, ["name"]],
      [{ name: "x".repeat(121) }, ["name"]],
      [{ name: 42, timezone: "Nowhere" }, ["name", "timezone"]],
    ];
    for (const [body, expected] of cases) {
      const response = await api().patch("/api/v1/me").set(user.auth).send(body).expect(400);
      expect(paths(response.body), JSON.stringify(body)).toEqual(expected);
    }
    const tz = await api().patch("/api/v1/me").set(user.auth).send({ timezone: "Mars/Olympus_Mons" }).expect(400);
    expect(tz.body.errors[0].message).toMatch(/time zone/i);
    for (const body of [{ email: "not an address" }, { role: "COACH" }, { name: "X", createdAt: "2020-01-01T00:00:00Z" }]) {
      const response = await api().patch("/api/v1/me").set(user.auth).send(body).expect(400);
      expect(response.headers["content-type"]).toMatch(/problem\+json/);
    }
    expect(await me(user)).toMatchObject({ name: "Kept", timezone: "UTC", role: "JOBSEEKER", email: user.user.email });
  });
});

describe("POST /me/password", () => {
  it("changes the password: the old one stops working, the new one signs in", async () => {
    const user = await signUp(ctx.app);
    await api()
      .post("/api/v1/me/password")
      .set(user.auth)
      .send({ currentPassword: user.password, newPassword: "a much longer new secret" })
      .expect(204);
    await api().post("/api/v1/auth/login").send({ email: user.user.email, password: user.password }).expect(401);
    await api().post("/api/v1/auth/login").send({ email: user.user.email, password: "a much longer new secret" }).expect(200);
  });

  it("signs out every other session and keeps the caller's", async () => {
    const user = await signUp(ctx.app);
    const other = await secondSession(user);
    const third = await secondSession(user);
    const someoneElse = await signUp(ctx.app);
    const response = await api()
      .post("/api/v1/me/password")
      .set(user.auth)
      .send({ currentPassword: user.password, newPassword: "rotated password 2026" })
      .expect(204);
    const callers = refreshCookieOf(response.headers["set-cookie"]);
    for (const cookie of [user.refreshCookie, other, third]) await refresh(cookie).expect(401);
    const kept = await refresh(callers).expect(200);
    expect(kept.body.accessToken).toEqual(expect.any(String));
    // Another account's sessions are untouched.
    await refresh(someoneElse.refreshCookie).expect(200);
  });

  it("refuses a wrong current password (400 naming it), changing nothing and signing nobody out", async () => {
    const user = await signUp(ctx.app);
    const other = await secondSession(user);
    const response = await api()
      .post("/api/v1/me/password")
      .set(user.auth)
      .send({ currentPassword: "not my password", newPassword: "whatever long enough" })
      .expect(400);
    expect(paths(response.body)).toEqual(["currentPassword"]);
    expect(response.body.errors[0].message).toBe("This is not your current password");
    await refresh(other).expect(200);
    await api().post("/api/v1/auth/login").send({ email: user.user.email, password: user.password }).expect(200);
  });

  it("refuses a short or missing new password and unknown fields (400 naming each)", async () => {
    const user = await signUp(ctx.app);
    const cases: Array<[object, string[]]> = [
      [{ currentPassword: user.password, newPassword: "short" }, ["newPassword"]],
      [{ currentPassword: user.password, newPassword: "x".repeat(129) }, ["newPassword"]],
      [{ currentPassword: user.password }, ["newPassword"]],
      [{ newPassword: "long enough password" }, ["currentPassword"]],
      [{}, ["currentPassword", "newPassword"]],
    ];
    for (const [body, expected] of cases) {
      const response = await api().post("/api/v1/me/password").set(user.auth).send(body).expect(400);
      expect(paths(response.body), JSON.stringify(body)).toEqual(expected);
    }
    await api()
      .post("/api/v1/me/password")
      .set(user.auth)
      .send({ currentPassword: user.password, newPassword: "long enough password", sessions: "keep" })
      .expect(400);
    await api().post("/api/v1/auth/login").send({ email: user.user.email, password: user.password }).expect(200);
  });
});
