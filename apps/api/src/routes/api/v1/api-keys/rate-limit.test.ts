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
    for (let i = 0; i < 3; i += 1) await api().get("/api/v1/me").set(first.auth).expect(200);

    const limited = await api().get("/api/v1/me").set(first.auth).expect(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, title: "Too Many Requests" });

    // Another key of the same owner, and the owner's own session, are not limited by it.
    await api().get("/api/v1/me").set(second.auth).expect(200);
    for (let i = 0; i < 5; i += 1) await api().get("/api/v1/me").set(owner.auth).expect(200);
  });
});
