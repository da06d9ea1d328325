import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { fakeApi, json, problem, USER, type SentRequest } from "../../test/fake-api.ts";
import { ApiError } from "./api-error.ts";
import { getMe, logout } from "./auth.ts";

const bearer = (request: SentRequest | undefined) => request?.headers.authorization;

describe("ApiClient", () => {
  it("parses answers with the shared schemas: timestamps become Dates", async () => {
    const api = fakeApi({ "GET /api/v1/me": json(200, USER) });
    api.client.setAccessToken("token-1");

    const me = await getMe(api.client);

    expect(me.createdAt).toEqual(new Date("2026-11-25T16:00:00.000Z"));
    expect(bearer(api.sent[0])).toBe("Bearer token-1");
  });

  it("refreshes once on a 401 and retries with the new token", async () => {
    const api = fakeApi({
      "GET /api/v1/me": [problem(401, "Invalid or expired access token"), json(200, USER)],
      "POST /api/v1/auth/refresh": json(200, { accessToken: "token-2" }),
    });
    api.client.setAccessToken("token-1");

    await expect(getMe(api.client)).resolves.toMatchObject({ name: "Ada Lovelace" });

    expect(api.sent.map((r) => `${r.method} ${r.path} ${bearer(r) ?? "-"}`)).toEqual([
      "GET /api/v1/me Bearer token-1",
      "POST /api/v1/auth/refresh -",
      "GET /api/v1/me Bearer token-2",
    ]);
  });

  it("shares one refresh between concurrent callers (a refresh token works only once)", async () => {
    const api = fakeApi({ "POST /api/v1/auth/refresh": json(200, { accessToken: "token-2" }) });

    const results = await Promise.all([api.client.refresh(), api.client.refresh(), api.client.refresh()]);

    expect(results).toEqual([true, true, true]);
    expect(api.sentTo("POST /api/v1/auth/refresh")).toHaveLength(1);
  });

  it("ends the session when the refresh is refused", async () => {
    const api = fakeApi({
      "GET /api/v1/me": problem(401, "Invalid or expired access token"),
      "POST /api/v1/auth/refresh": problem(401, "Refresh token expired"),
    });
    const lost = vi.fn();
    api.client.onSessionLost(lost);

    const error = await getMe(api.client).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(lost).toHaveBeenCalledOnce();
    expect(api.sentTo("GET /api/v1/me")).toHaveLength(1);
  });

  it("keeps the session when a refresh is rate limited: waits the Retry-After it was given, then tries again", async () => {
    const waits: number[] = [];
    const api = fakeApi(
      {
        "POST /api/v1/auth/refresh": [
          problem(429, 'Too many session refreshes (limit "session")', undefined, { headers: { "retry-after": "7" } }),
          json(200, { accessToken: "token-2" }),
        ],
        "GET /api/v1/me": json(200, USER),
      },
      { retry: { sleep: async (ms) => void waits.push(ms) } },
    );
    const lost = vi.fn();
    api.client.onSessionLost(lost);

    await expect(api.client.refresh()).resolves.toBe(true);
    await getMe(api.client);

    expect(waits).toEqual([7_000]);
    expect(lost).not.toHaveBeenCalled();
    expect(bearer(api.sentTo("GET /api/v1/me")[0])).toBe("Bearer token-2");
  });

  it("gives up after a few tries without ending the session (the API was only busy)", async () => {
    const busy = problem(429, "Too many", undefined, { headers: { "retry-after": "1" } });
    const api = fakeApi({ "POST /api/v1/auth/refresh": busy }, { retry: { sleep: async () => undefined } });
    const lost = vi.fn();
    api.client.onSessionLost(lost);

    const error = await api.client.refresh().catch((caught: unknown) => caught);

    expect((error as ApiError).status).toBe(429);
    expect(api.sentTo("POST /api/v1/auth/refresh")).toHaveLength(4);
    expect(lost).not.toHaveBeenCalled();
  });

  it("says why a refused refresh ended the session: revoked or ended", async () => {
    const revoked = fakeApi({
      "POST /api/v1/auth/refresh": problem(401, "This session was signed out on another tab or device", undefined, {
        type: "urn:traction:problem:session-revoked",
      }),
    });
    const ended = fakeApi({
      "POST /api/v1/auth/refresh": problem(401, "Your session ended", undefined, { type: "urn:traction:problem:session-ended" }),
    });
    const [whyRevoked, whyEnded] = [vi.fn(), vi.fn()];
    revoked.client.onSessionLost(whyRevoked);
    ended.client.onSessionLost(whyEnded);

    expect(await revoked.client.refresh()).toBe(false);
    expect(await ended.client.refresh()).toBe(false);

    expect(whyRevoked).toHaveBeenCalledWith({
      reason: "revoked",
      detail: "This session was signed out on another tab or device",
    });
    expect(whyEnded).toHaveBeenCalledWith({ reason: "ended", detail: "Your session ended" });
  });

  it("turns an answer that is not a problem document into an ApiError", async () => {
    const api = fakeApi({ "GET /api/v1/me": new Response("<html>Bad Gateway</html>", { status: 502 }) });

    const error = await getMe(api.client).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject({
      status: 502,
      detail: "Traction could not answer (502). Try again shortly.",
    });
  });

  it("sends an Idempotency-Key when asked, and a file upload as multipart (no JSON content type)", async () => {
    const api = fakeApi({ "POST /api/v1/imports/linkedin": json(202, { id: USER.id }) });
    api.client.setAccessToken("token-1");
    const body = new FormData();
    body.append("file", new File(["First Name,Last Name"], "Connections.csv"));

    await api.client.request("/api/v1/imports/linkedin", z.unknown(), {
      method: "POST",
      body,
      headers: { "idempotency-key": "k-1" },
    });

    expect(api.sent[0]?.headers["content-type"]).toBeUndefined();
    expect(api.sent[0]?.headers["idempotency-key"]).toBe("k-1");
    expect(api.sent[0]?.body).toBeInstanceOf(FormData);
  });

  it("accepts an empty 204", async () => {
    const api = fakeApi({ "POST /api/v1/auth/logout": new Response(null, { status: 204 }) });

    await expect(logout(api.client)).resolves.toBeUndefined();
  });
});
