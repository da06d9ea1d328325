/**
 * Every answer that an app produces in an API test is checked against the
 * OpenAPI document that app serves (`app.swagger()`): the status is declared
 * for the operation, the content type is one the response declares, the body
 * validates against its schema (formats included: a `YYYY-MM-DD` sent for a
 * `date-time` fails), and the headers the document requires are there.
 * An answer the document does not describe fails the test that caused it:
 * answers are recorded as they are sent and checked after each test (and after
 * each file, for requests made in hooks), so checking never slows a request.
 *
 * It sees every Fastify instance through Fastify's `fastify.initialization`
 * diagnostics channel, so test files need nothing: whatever builds the app
 * (`useTestApp`, `buildApp` directly, supertest or `inject`) is covered.
 * Instances without a document (test receivers) are left alone.
 */
import { subscribe } from "node:diagnostics_channel";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { afterAll, afterEach } from "vitest";
import { DocumentChecker, type DocumentShape } from "../helpers/openapi-checker.ts";
import { undocumented as violations } from "../helpers/undocumented.ts";

const payloads = new WeakMap<FastifyRequest, unknown>();

const checkers = new WeakMap<object, DocumentChecker>();

function checkerFor(app: FastifyInstance): DocumentChecker | null {
  if (typeof app.swagger !== "function") return null;
  const document = app.swagger() as unknown as DocumentShape;
  let checker = checkers.get(document);
  if (!checker) {
    checker = new DocumentChecker(document);
    checkers.set(document, checker);
  }
  return checker;
}

/** One answer, as sent; checked after the test, so that checking costs the requests no time. */
interface Answer {
  app: FastifyInstance;
  method: string;
  url: string;
  route: string | undefined;
  status: number;
  headers: Record<string, unknown>;
  payload: unknown;
}

const pending: Answer[] = [];

function record(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  if (request.method === "HEAD" || request.routeOptions.schema?.hide) return;
  pending.push({
    app,
    method: request.method,
    url: request.url,
    route: request.routeOptions.url,
    status: reply.statusCode,
    headers: { ...reply.getHeaders() },
    payload: payloads.get(request),
  });
}

function check({ app, method, url, route, status, headers, payload }: Answer) {
  const checker = checkerFor(app);
  if (!checker) return;
  if (route === undefined) {
    // No route matched: the not-found handler's problem document, which no operation describes.
    const type = typeof headers["content-type"] === "string" ? headers["content-type"] : "";
    if (status !== 404 || !type.startsWith("application/problem+json")) {
      violations.push(`${method} ${url} (no route) → ${status} ${type}: expected a 404 problem`);
    }
    return;
  }
  const path = route.replace(/:(\w+)/g, "{$1}");
  const problem = checker.check(path, method.toLowerCase(), status, headers, payload);
  if (problem) violations.push(`${method} ${url} → ${status}: ${problem}`);
}

subscribe("fastify.initialization", (message) => {
  const app = (message as { fastify: FastifyInstance }).fastify;
  app.addHook("onSend", async (request, _reply, payload) => {
    payloads.set(request, payload);
    return payload;
  });
  app.addHook("onResponse", async (request, reply) => record(app, request, reply));
});

function assertDocumented() {
  for (const answer of pending.splice(0)) {
    try {
      check(answer);
    } catch (error) {
      violations.push(`${answer.method} ${answer.url}: the check failed: ${(error as Error).message}`);
    }
  }
  if (violations.length === 0) return;
  const found = violations.splice(0);
  throw new Error(`${found.length} answer(s) the OpenAPI document does not describe:\n- ${found.join("\n- ")}`);
}

afterEach(assertDocumented);
afterAll(assertDocumented);
