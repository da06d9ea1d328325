import request from "supertest";
import { describe, expect, it } from "vitest";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { signUp } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp({ API_KEY_RATE_LIMIT: "3", API_KEY_RATE_LIMIT_WINDOW_SECONDS: "60" });
const api = () => request(ctx.app.server);

describe("API key rate limit", () => {
  it("answers 429 with Retry-After past the limit, for that key only", async () => {
    const owner = await signUp(ctx.app);
    const [first, second] = [await makeApiKey(ctx.app, owner, ["read"]), await makeApiKey(ctx.app, owner, ["read"])];
    for (let i = 0; i < 3; i += 1) {
      const response = await api().get("/api/v1/me").set(first.auth).expect(200);
      expect(response.headers["ratelimit-policy"]).toBe('"api-key";q=3;w=60');
      expect(response.headers.ratelimit).toMatch(new RegExp(`^"api-key";r=${2 - i};t=\\d+$`));
    }

    const limited = await api().get("/api/v1/me").set(first.auth).expect(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.headers.ratelimit).toBe(`"api-key";r=0;t=${limited.headers["retry-after"]}`);
    expect(limited.body.detail).toMatch(/^Too many requests with this API key \(limit "api-key": 3 per 60 s\)/);
    expect(limited.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, title: "Too Many Requests" });

    // Another key of the same owner, and the owner's own session, are not limited by it.
    await api().get("/api/v1/me").set(second.auth).expect(200);
    for (let i = 0; i < 5; i += 1) {
      const session = await api().get("/api/v1/me").set(owner.auth).expect(200);
      expect(session.headers.ratelimit).toBeUndefined();
    }
  });
});
