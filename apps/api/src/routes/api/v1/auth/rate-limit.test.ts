import request from "supertest";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { uniqueEmail } from "../../../../../test/helpers/users.ts";

describe("rate limits on login and register", () => {
  describe("per email", () => {
    const ctx = useTestApp({ AUTH_RATE_LIMIT_PER_EMAIL: "3", AUTH_RATE_LIMIT_PER_IP: "1000" });

    it("answers 429 with Retry-After once an email has used its attempts", async () => {
      const email = uniqueEmail();
      for (let i = 0; i < 3; i += 1) {
        await request(ctx.app.server).post("/api/v1/auth/login").send({ email, password: "wrong password" }).expect(401);
      }
      const limited = await request(ctx.app.server)
        .post("/api/v1/auth/login")
        .send({ email, password: "wrong password" })
        .expect(429);
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
      expect(limited.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(limited.body).toMatchObject({ status: 429, title: "Too Many Requests" });
      // Another email from the same client is not affected.
      await request(ctx.app.server)
        .post("/api/v1/auth/login")
        .send({ email: uniqueEmail(), password: "wrong password" })
        .expect(401);
    });
  });

  describe("per IP", () => {
    const ctx = useTestApp({ AUTH_RATE_LIMIT_PER_EMAIL: "1000", AUTH_RATE_LIMIT_PER_IP: "4" });

    it("answers 429 with Retry-After once an address has used its attempts, whatever the email", async () => {
      for (let i = 0; i < 4; i += 1) {
        await request(ctx.app.server)
          .post("/api/v1/auth/login")
          .send({ email: uniqueEmail(), password: "wrong password" })
          .expect(401);
      }
      const limited = await request(ctx.app.server)
        .post("/api/v1/auth/register")
        .send({ email: uniqueEmail(), password: "long enough password", name: "X", role: "COACH" });
      // register has its own per-route counter; login's is spent.
      expect(limited.status).toBe(201);
      const blocked = await request(ctx.app.server)
        .post("/api/v1/auth/login")
        .send({ email: uniqueEmail(), password: "x" })
        .expect(429);
      expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
      expect(blocked.headers["content-type"]).toMatch(/^application\/problem\+json/);
    });
  });
});
