import { readFile } from "node:fs/promises";
import path from "node:path";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { CONFIG_VARIABLES, ConfigError, loadConfig } from "../src/env.ts";
import { helmetHeaders } from "../src/plugins/external/index.ts";
import { testConfig, useTestApp } from "./helpers/app.ts";
import { signUp } from "./helpers/users.ts";

const ctx = useTestApp();

describe("health and readiness", () => {
  it("answers /health and /ready", async () => {
    await request(ctx.app.server).get("/health").expect(200, { status: "ok" });
    await request(ctx.app.server).get("/ready").expect(200, { status: "ok" });
  });

  it("answers /ready with 503 and Retry-After when the database is unreachable", async () => {
    const config = { ...testConfig("unused"), DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none" };
    const app = await buildApp(config);
    await app.ready();
    try {
      const response = await request(app.server).get("/ready").expect(503);
      expect(response.headers["retry-after"]).toBe("5");
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ status: 503, title: "Service Unavailable" });
      expect(JSON.stringify(response.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
      await request(app.server).get("/health").expect(200);
    } finally {
      await app.close();
    }
  });
});

describe("problem documents", () => {
  it("answers unknown routes with a 404 problem", async () => {
    const response = await request(ctx.app.server).get("/api/v1/nothing-here").expect(404);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, title: "Not Found" });
  });

  it("answers a body over 1 MB with 413", async () => {
    const response = await request(ctx.app.server)
      .post("/api/v1/auth/login")
      .set("Content-Type", "application/json")
      .send(JSON.stringify({ email: "a@b.c", password: "x".repeat(1_100_000) }))
      .expect(413);
    expect(response.body).toMatchObject({ status: 413 });
  });

  it("tags every response with a request id, and keeps a sane incoming one", async () => {
    const generated = await request(ctx.app.server).get("/health");
    expect(generated.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(ctx.app.server).get("/health").set("X-Request-Id", "trace-123");
    expect(kept.headers["x-request-id"]).toBe("trace-123");
  });

  it("sends helmet's security headers on every response: a read, a 404, a 401", async () => {
    const expected = {
      "content-security-policy":
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';" +
        "img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline'",
      "cross-origin-opener-policy": "same-origin",
      "cross-origin-resource-policy": "same-origin",
      "origin-agent-cluster": "?1",
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
      "x-dns-prefetch-control": "off",
      "x-download-options": "noopen",
      "x-frame-options": "SAMEORIGIN",
      "x-permitted-cross-domain-policies": "none",
      "x-xss-protection": "0",
    };
    for (const path of ["/health", "/nowhere", "/api/v1/me"]) {
      const response = await request(ctx.app.server).get(path);
      expect(response.headers).toMatchObject(expected);
      // HSTS and upgrade-insecure-requests in production only.
      expect(response.headers["strict-transport-security"]).toBeUndefined();
    }
  });

  it("adds HSTS and upgrade-insecure-requests in production", () => {
    const headers = Object.fromEntries(
      helmetHeaders({
        hsts: true,
        contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], upgradeInsecureRequests: [] } },
      }),
    );
    expect(headers["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(headers["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(() => helmetHeaders({ contentSecurityPolicy: { directives: { scriptSrc: [() => "'nonce-x'"] } } })).toThrow();
  });
});

describe("CORS", () => {
  const cors = useTestApp({ CORS_ORIGINS: "https://app.example.test" });

  it("allows only the configured origins", async () => {
    const allowed = await request(cors.app.server).get("/health").set("Origin", "https://app.example.test");
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://app.example.test");
    expect(allowed.headers["access-control-allow-credentials"]).toBe("true");
    const other = await request(cors.app.server).get("/health").set("Origin", "https://evil.example.test");
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("OpenAPI", () => {
  it("serves an OpenAPI 3.1 document listing the auth routes with their schemas", async () => {
    const { body } = await request(ctx.app.server).get("/api/v1/openapi.json").expect(200);
    expect(body.openapi).toBe("3.1.0");
    for (const path of ["/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout"]) {
      expect(body.paths[path]?.post, path).toBeDefined();
    }
    const register = body.paths["/api/v1/auth/register"].post;
    const requestSchema = register.requestBody.content["application/json"].schema;
    expect(requestSchema.required).toEqual(expect.arrayContaining(["email", "password", "name", "role"]));
    expect(requestSchema.additionalProperties).toBe(false);
    expect(register.responses["201"]).toBeDefined();
    expect(register.responses["409"]).toBeDefined();
    const me = body.paths["/api/v1/me"].get;
    expect(me.security).toEqual([{ bearerAuth: [] }]);
    expect(me.responses["401"]).toBeDefined();
  });

  it("serves the interactive reference at /docs", async () => {
    const response = await request(ctx.app.server).get("/docs/").expect(200);
    expect(response.text).toMatch(/swagger/i);
  });
});

describe("closing", () => {
  it("closes cleanly right after it is ready, while start-up work is still in flight", async () => {
    // Background work started on ready (e.g. the import runner's first sweep) must be
    // awaited on close: ending the pool under a live query hung close() for good.
    for (let i = 0; i < 10; i += 1) {
      const app = await buildApp(ctx.config);
      await app.ready();
      const closed = app.close().then(() => "closed" as const);
      const timeout = new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 5_000).unref());
      expect(await Promise.race([closed, timeout])).toBe("closed");
    }
  });
});

describe("configuration", () => {
  it("names every missing or bad variable", () => {
    expect(() => loadConfig({ PORT: "-1", LOG_LEVEL: "loud" })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "-1", LOG_LEVEL: "loud" });
    } catch (error) {
      expect((error as Error).message).toMatch(/DATABASE_URL/);
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/LOG_LEVEL/);
    }
  });

  it("requires a JWT_SECRET of at least 32 characters in production", () => {
    const base = { NODE_ENV: "production", DATABASE_URL: "postgresql://x@localhost/db" };
    expect(() => loadConfig(base)).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ ...base, JWT_SECRET: "short" })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ ...base, JWT_SECRET: "x".repeat(32) }).JWT_SECRET).toHaveLength(32);
  });

  it("is documented in the README's configuration table, every variable of it", async () => {
    const readme = await readFile(path.resolve(import.meta.dirname, "../../../README.md"), "utf8");
    const table = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("## Scripts"));
    expect(CONFIG_VARIABLES.filter((name) => !table.includes(`\`${name}\``))).toEqual([]);
  });
});

describe("logging", () => {
  it("never writes passwords or tokens to the log", async () => {
    const lines: string[] = [];
    const logStream = { write: (line: string) => void lines.push(line) };
    const app = await buildApp({ ...ctx.config, LOG_LEVEL: "trace" }, { logStream });
    try {
      await app.ready();
      const { token, refreshCookie } = await signUp(app);
      await request(app.server).get("/api/v1/me").set("Authorization", `Bearer ${token}`).set("Cookie", refreshCookie);
    } finally {
      await app.close();
    }
    const log = lines.join("");
    expect(log).toMatch(/incoming request/);
    expect(log).not.toContain("correct horse battery");
    expect(log).not.toMatch(/eyJhbGciOi/);
  });
});
