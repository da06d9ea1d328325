/** Which emails a user gets, and the one-click unsubscribe that works without signing in. */
import request from "supertest";
import { describe, expect, it } from "vitest";
import { unsubscribeHeaders, unsubscribeToken } from "../../../../lib/unsubscribe-token.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { headersFor, makeActors, type Actor } from "../../../../../test/helpers/authorization.ts";
import { signUp } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
const unsubscribePath = (token: string) => `/api/v1/email/unsubscribe?token=${encodeURIComponent(token)}`;

describe("/me/notifications", () => {
  it("starts with everything on, and keeps what the user chooses", async () => {
    const owner = await signUp(ctx.app);
    expect((await api().get("/api/v1/me/notifications").set(owner.auth).expect(200)).body).toEqual({
      weeklyDigest: true,
      reminders: true,
    });
    await api().put("/api/v1/me/notifications").set(owner.auth).send({ weeklyDigest: false, reminders: true }).expect(200);
    expect((await api().get("/api/v1/me/notifications").set(owner.auth).expect(200)).body).toEqual({
      weeklyDigest: false,
      reminders: true,
    });
  });

  it("names each bad field and changes nothing", async () => {
    const owner = await signUp(ctx.app);
    const response = await api()
      .put("/api/v1/me/notifications")
      .set(owner.auth)
      .send({ weeklyDigest: "no", extra: true })
      .expect(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      "extra",
      "reminders",
      "weeklyDigest",
    ]);
    expect((await api().get("/api/v1/me/notifications").set(owner.auth).expect(200)).body).toEqual({
      weeklyDigest: true,
      reminders: true,
    });
  });

  const CALLERS: Array<[Actor, number]> = [
    ["owner", 200],
    ["otherJobseeker", 200],
    ["coach", 200],
    ["noToken", 401],
    ["garbageToken", 401],
  ];
  it.each(CALLERS)("as %s: %i, and only ever the caller's own settings", async (actor, status) => {
    const actors = await makeActors(ctx.app);
    await api()
      .put("/api/v1/me/notifications")
      .set(actors.owner.auth)
      .send({ weeklyDigest: false, reminders: false })
      .expect(200);
    const response = await api().get("/api/v1/me/notifications").set(headersFor(actor, actors));
    expect(response.status).toBe(status);
    if (status === 200) {
      expect(response.body).toEqual(
        actor === "owner" ? { weeklyDigest: false, reminders: false } : { weeklyDigest: true, reminders: true },
      );
    }
    const put = await api()
      .put("/api/v1/me/notifications")
      .set(headersFor(actor, actors))
      .send({ weeklyDigest: true, reminders: true });
    expect(put.status).toBe(status);
    const owners = await ctx.app.db.notificationSettings.findUniqueOrThrow({ where: { userId: actors.owner.user.id } });
    expect(owners.weeklyDigest).toBe(actor === "owner");
  });
});

describe("one-click unsubscribe (RFC 8058)", () => {
  it("turns the digest off with a POST from a mail client, no sign-in, and leaves reminders on", async () => {
    const owner = await signUp(ctx.app);
    const headers = unsubscribeHeaders(ctx.config.JWT_SECRET, "https://traction.example", owner.user.id, "weeklyDigest");
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const url = new URL(headers["List-Unsubscribe"]!.slice(1, -1));
    expect(url.origin).toBe("https://traction.example");

    // A link scanner's GET changes nothing: it shows a page with one button.
    const page = await api().get(`${url.pathname}${url.search}`).expect(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.text).toContain("Unsubscribe from the weekly digest");
    expect((await api().get("/api/v1/me/notifications").set(owner.auth)).body.weeklyDigest).toBe(true);

    await api().post(`${url.pathname}${url.search}`).type("form").send("List-Unsubscribe=One-Click").expect(200);
    expect((await api().get("/api/v1/me/notifications").set(owner.auth)).body).toEqual({ weeklyDigest: false, reminders: true });
  });

  it("refuses a forged or altered token with a 400, changing nothing", async () => {
    const [owner, other] = [await signUp(ctx.app), await signUp(ctx.app)];
    const token = unsubscribeToken(ctx.config.JWT_SECRET, owner.user.id, "reminders");
    const [, signature] = token.split(".");
    const retargeted = `${Buffer.from(`${other.user.id}:reminders`).toString("base64url")}.${signature}`;
    for (const bad of [
      retargeted,
      unsubscribeToken("another secret of sufficient length!!", other.user.id, "reminders"),
      "x".repeat(40),
    ]) {
      const response = await api().post(unsubscribePath(bad)).type("form").send("List-Unsubscribe=One-Click").expect(400);
      expect(response.body.errors).toEqual([{ path: "token", message: expect.any(String) }]);
    }
    expect((await api().get("/api/v1/me/notifications").set(other.auth)).body).toEqual({ weeklyDigest: true, reminders: true });
  });
});
