/**
 * Limits hold across API processes: two apps built on one database (each with
 * its own pool and limiters, as two processes would have) spend ONE budget,
 * with the PostgreSQL store and with the Redis store.
 */
import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { makeApiKey } from "../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../test/helpers/app.ts";
import { signUp, uniqueEmail } from "../../../test/helpers/users.ts";

// Redis runs here and in CI on its default port (docs/STACK.md).
const REDIS_URL = "redis://127.0.0.1:6379";

describe.each<{ store: string; overrides: Record<string, string> }>([
  { store: "postgres", overrides: {} },
  { store: "redis", overrides: { REDIS_URL } },
])("with the $store store", ({ store, overrides }) => {
  const ctx = useTestApp({ AUTH_RATE_LIMIT_PER_IP: "6", API_KEY_RATE_LIMIT: "4", ...overrides });
  let second: FastifyInstance;

  beforeAll(async () => {
    second = await buildApp(ctx.config);
    await second.ready();
  });
  afterAll(async () => {
    await second?.close();
  });

  it("uses the store it was configured with", () => {
    expect(ctx.app.rateLimits.store).toBe(store);
    expect(second.rateLimits.store).toBe(store);
  });

  it("two instances on one database share one sign-in budget per address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const app = i % 2 === 0 ? ctx.app : second;
      const response = await request(app.server)
        .post("/api/v1/auth/login")
        .send({ email: uniqueEmail(), password: "wrong password" });
      statuses.push(response.status);
    }
    // Six attempts in all, whichever instance answered them; in-process counters would allow twelve.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429, 429, 429]);
  });

  it("two instances share one budget per API key", async () => {
    // Registration has its own budget; the key is made with a session (never limited per key).
    const owner = await signUp(second);
    const key = await makeApiKey(ctx.app, owner, ["read"]);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await request((i % 2 === 0 ? ctx.app : second).server)
        .get("/api/v1/me")
        .set(key.auth);
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it("counts concurrent requests exactly (one atomic statement per hit)", async () => {
    const owner = await signUp(ctx.app);
    const key = await makeApiKey(second, owner, ["read"]);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        request((i % 2 === 0 ? ctx.app : second).server)
          .get("/api/v1/me")
          .set(key.auth),
      ),
    );
    expect(responses.filter((response) => response.status === 200)).toHaveLength(4);
    expect(responses.filter((response) => response.status === 429)).toHaveLength(8);
  });
});
