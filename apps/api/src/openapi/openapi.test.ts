/**
 * The document itself: complete (ids, summaries, descriptions, tags, examples,
 * webhooks), errors as problem documents, and usable by a generator
 * (openapi-typescript makes a client with no `unknown` body). Every answer of
 * every API test is checked against it by test/setup/openapi-responses.ts.
 */
import type { FastifyInstance } from "fastify";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PING_EVENT, WEBHOOK_EVENTS } from "@traction/schemas";
import { DocumentChecker } from "../../test/helpers/openapi-checker.ts";
import { buildApp } from "../app.ts";
import { loadConfig } from "../env.ts";
import { API_VERSION } from "../plugins/external/openapi.ts";
import { METHODS, type Document } from "./document.ts";
import { OPERATION_IDS } from "./operation-ids.ts";

type Operation = Document["paths"][string][string];

const config = (extra: Record<string, string> = {}) =>
  loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATABASE_URL: "postgresql://openapi@127.0.0.1:1/none",
    ...extra,
  });

let app: FastifyInstance;
let document: Document;
const operations: Array<{ key: string; path: string; method: string; operation: Operation }> = [];

beforeAll(async () => {
  app = await buildApp(config({ PUBLIC_URL: "https://traction.test/" }));
  await app.ready();
  document = (await app.inject({ url: "/api/v1/openapi.json" })).json<Document>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) operations.push({ key: `${method.toUpperCase()} ${path}`, path, method, operation });
    }
  }
});

afterAll(async () => {
  await app.close();
});

describe("the OpenAPI document", () => {
  it("names Traction, its version and PUBLIC_URL as the server", () => {
    expect(document.info).toMatchObject({ title: "Traction API", version: API_VERSION });
    expect(document.servers).toEqual([{ url: "https://traction.test", description: "Traction (PUBLIC_URL)" }]);
  });

  it("gives every operation a stable, unique verbNoun operationId from the table, a summary and a description", () => {
    const keys = operations.map(({ key }) => key);
    expect(
      keys.filter((key) => !(key in OPERATION_IDS)),
      "operations missing from operation-ids.ts",
    ).toEqual([]);
    expect(
      Object.keys(OPERATION_IDS).filter((key) => !keys.includes(key)),
      "table entries without an operation",
    ).toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { key, operation } of operations) {
      expect(operation.operationId, key).toMatch(/^[a-z]+[A-Z][A-Za-z0-9]*$/);
      expect(operation.summary, key).toBeTruthy();
      expect(operation.description, key).toBeTruthy();
      expect(operation.tags?.length, key).toBe(1);
    }
  });

  it("describes every tag it uses, and uses every tag it describes", () => {
    const used = new Set(operations.flatMap(({ operation }) => operation.tags ?? []));
    expect(document.tags?.map((tag) => tag.name).sort()).toEqual([...used].sort());
    for (const tag of document.tags ?? []) expect(tag.description, tag.name).toBeTruthy();
  });

  it("declares public operations with `security: []` and the others with the bearer scheme", () => {
    const publicOnes = operations.filter(({ operation }) => operation.security?.length === 0).map(({ key }) => key);
    expect(publicOnes.sort()).toEqual(
      [
        "GET /health",
        "GET /ready",
        "GET /api/v1/calendar/{secret}.ics",
        "GET /api/v1/email/unsubscribe",
        "POST /api/v1/email/unsubscribe",
        ...Object.keys(OPERATION_IDS).filter((key) => key.includes(" /api/v1/auth/")),
      ].sort(),
    );
    for (const { key, operation } of operations.filter(({ operation }) => operation.security?.length !== 0)) {
      expect(operation.security, key).toEqual([{ bearerAuth: [] }]);
      expect(operation.responses?.["401"], key).toEqual({ $ref: "#/components/responses/Unauthorized" });
    }
  });

  it("sends every error as a problem document, 429 and 503 with Retry-After, and no 'Default Response'", () => {
    const text = JSON.stringify(document);
    expect(text).not.toContain("Default Response");
    for (const { key, operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (Number(status) < 400) continue;
        const resolved = response.$ref
          ? (document.components.responses as Record<string, typeof response>)[response.$ref.split("/").pop()!]!
          : response;
        expect(Object.keys(resolved.content ?? {}), `${key} ${status}`).toEqual(["application/problem+json"]);
        if (status === "429" || status === "503") expect(resolved.headers, `${key} ${status}`).toHaveProperty("Retry-After");
      }
      expect(operation.responses, key).toHaveProperty("500");
      expect(operation.responses, key).toHaveProperty("503");
      if (operation.requestBody) expect(operation.responses, key).toHaveProperty("413");
      if (operation.requestBody) expect(operation.responses, key).toHaveProperty("415");
      if (operation.security?.length) expect(operation.responses, key).toHaveProperty("429");
    }
  });

  it("declares plain dates as `format: date` (the wire's YYYY-MM-DD), not date-time", () => {
    const task = document.components.schemas!.Task as { properties: Record<string, { anyOf: Array<{ format?: string }> }> };
    expect(task.properties.dueOn!.anyOf[0]!.format).toBe("date");
    expect(JSON.stringify(document.components.schemas!.Contact)).toContain('"format":"date"');
  });

  it("has one example per request and response body, and each validates against its schema", () => {
    const checker = new DocumentChecker(document as never);
    let checked = 0;
    for (const { key, operation } of operations) {
      const bodies = [
        ...Object.entries(operation.requestBody?.content ?? {}).map(([type, media]) => ({ where: `request ${type}`, media })),
        ...Object.entries(operation.responses ?? {})
          .filter(([status]) => Number(status) < 400)
          .flatMap(([status, response]) =>
            Object.entries(response.content ?? {}).map(([type, media]) => ({ where: `${status} ${type}`, media })),
          ),
      ];
      for (const { where, media } of bodies) {
        expect(media.example, `${key} ${where}`).toBeDefined();
        if (where.startsWith("request multipart")) continue; // a file upload's example is its form, not JSON
        expect(checker.validate(media.schema ?? {}, media.example), `${key} ${where}`).toBeNull();
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("is what the answers of every API test are checked against: undocumented answers are caught", () => {
    const checker = new DocumentChecker(document as never);
    const json = { "content-type": "application/json; charset=utf-8" };
    const task = (document.paths["/api/v1/tasks/{id}"]!.get!.responses!["200"]!.content!["application/json"]!.example ??
      {}) as Record<string, unknown>;
    const read = (status: number, headers: Record<string, unknown>, body: unknown) =>
      checker.check("/api/v1/tasks/{id}", "get", status, headers, JSON.stringify(body));
    expect(read(200, json, task)).toBeNull();
    expect(read(200, json, { ...task, dueOn: "2026-03-02T00:00:00.000Z" })).toMatch(/dueOn must match format "date"/);
    expect(read(418, json, task)).toMatch(/status 418 is not declared/);
    expect(read(404, json, { type: "x", title: "Not Found", status: 404, detail: "x" })).toMatch(
      /content type "application\/json" is not declared/,
    );
    expect(read(429, { "content-type": "application/problem+json" }, {})).toMatch(/required header Retry-After is missing/);
  });

  it("keeps no component that nothing refers to (such as the `…Input` copies of response schemas)", () => {
    const names = Object.keys(document.components.schemas ?? {});
    expect(names.filter((name) => name.endsWith("Input")).sort()).toEqual(["NotificationSettingsInput", "ReviewAdjustmentInput"]);
    const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } });
    const schemas = JSON.stringify(document.components.schemas);
    for (const name of names) {
      expect(text.includes(`"#/components/schemas/${name}"`) || schemas.includes(`"#/components/schemas/${name}"`), name).toBe(
        true,
      );
    }
  });

  it("describes each webhook event's payload (OAS 3.1 webhooks), with an example that validates", () => {
    expect(Object.keys(document.webhooks ?? {}).sort()).toEqual([...WEBHOOK_EVENTS, PING_EVENT].sort());
    const checker = new DocumentChecker(document as never);
    for (const [event, item] of Object.entries(document.webhooks as Record<string, { post: Operation }>)) {
      const media = item.post.requestBody!.content!["application/json"]!;
      expect(media.example, event).toMatchObject({ type: event });
      expect(checker.validate(media.schema!, media.example), event).toBeNull();
    }
  });

  it("generates a typed client with openapi-typescript: no unknown body, and a webhooks type", async () => {
    const types = astToString(await openapiTS(document as never));
    expect(types).toContain("export interface webhooks");
    for (const event of [...WEBHOOK_EVENTS, PING_EVENT]) expect(types).toContain(`"${event}"`);
    // A body the generator could not type comes out as `unknown` (or a bare record of unknowns).
    const unknownBodies = types
      .split("\n")
      .filter((line) => /"[\w.+-]+\/[\w.+-]+": (unknown|Record<string, unknown>|never)\b/.test(line));
    expect(unknownBodies).toEqual([]);
    expect(types).toMatch(/"application\/problem\+json": components\["schemas"\]\["Problem"\]/);
  });
});

describe("the served document and /docs", () => {
  it("names the request's own origin as the server when PUBLIC_URL is not set", async () => {
    const local = await buildApp(config());
    try {
      const served = (await local.inject({ url: "/api/v1/openapi.json", headers: { host: "api.test:4000" } })).json<Document>();
      expect(served.servers).toEqual([{ url: "http://api.test:4000", description: "This API" }]);
    } finally {
      await local.close();
    }
  });

  it("shows Traction's name and version, with a CSP that allows only its own scripts", async () => {
    const page = await app.inject({ url: "/docs/" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`<title>Traction API ${API_VERSION} — reference</title>`);
    expect(page.body).not.toContain("Swagger UI</title>");
    const csp = String(page.headers["content-security-policy"]);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain("unsafe-eval");
    // helmet's policy, not swagger-ui's static one (which refuses the inline styles the reference sets).
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain("validator.swagger.io");
    const initializer = await app.inject({ url: "/docs/static/swagger-initializer.js" });
    expect(initializer.body).toContain("data:image/svg+xml;base64,");
  });

  it("lets /docs try operations against the API that served it, with the bearer scheme", async () => {
    const spec = (await app.inject({ url: "/docs/json", headers: { host: "api.test:4000" } })).json<Document>();
    expect(spec.servers?.[0]).toEqual({ url: "http://api.test:4000", description: "This API" });
    expect(spec.components.securitySchemes).toMatchObject({ bearerAuth: { type: "http", scheme: "bearer" } });
  });
});
