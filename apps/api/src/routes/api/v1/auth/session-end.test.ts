/** Issue 11 item 5: a refresh that fails says why, so the dashboard can tell the person. */
import request from "supertest";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { refreshCookieOf, signUp } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const refresh = (cookie?: string) => {
  const call = request(ctx.app.server).post("/api/v1/auth/refresh");
  return cookie ? call.set("Cookie", cookie) : call;
};

describe("why a refresh fails", () => {
  it("no cookie, an unknown one or an expired one: the session ended", async () => {
    const none = await refresh().expect(401);
    expect(none.body.type).toBe("urn:traction:problem:session-ended");
    const unknown = await refresh("traction_refresh=not-a-token-we-issued").expect(401);
    expect(unknown.body.type).toBe("urn:traction:problem:session-ended");

    const user = await signUp(ctx.app);
    await ctx.app.db.refreshToken.updateMany({
      where: { userId: user.user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await refresh(user.refreshCookie).expect(401);
    expect(expired.body.type).toBe("urn:traction:problem:session-ended");
  });

  it("signed out on another tab or device: revoked, and the detail says so", async () => {
    const user = await signUp(ctx.app);
    await request(ctx.app.server).post("/api/v1/auth/logout").set("Cookie", user.refreshCookie).expect(204);
    const response = await refresh(user.refreshCookie).expect(401);
    expect(response.body.type).toBe("urn:traction:problem:session-revoked");
    expect(response.body.detail).toMatch(/signed out/);
  });

  it("a refresh token used twice: revoked everywhere, and the detail says why", async () => {
    const user = await signUp(ctx.app);
    const first = await refresh(user.refreshCookie).expect(200);
    const reused = await refresh(user.refreshCookie).expect(401);
    expect(reused.body.type).toBe("urn:traction:problem:session-revoked");
    expect(reused.body.detail).toMatch(/used twice/);
    // The copy that was rotated is signed out too.
    const rotated = await refresh(refreshCookieOf(first.headers["set-cookie"])).expect(401);
    expect(rotated.body.type).toBe("urn:traction:problem:session-revoked");
  });
});
