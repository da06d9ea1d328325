/**
 * The retrying transport over real HTTP, against a small node:http server
 * whose answers each test scripts (a 503 without Retry-After, a dropped
 * connection, …): what the real API cannot be made to do on cue.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { retryAfterMs, retryingFetch, type RetryInfo } from "../src/index.ts";

interface Seen {
  method: string;
  key: string | undefined;
  body: string;
}
type Answer = (response: http.ServerResponse) => void;

const seen: Seen[] = [];
let script: Answer[] = [];
let url: string;
const server = http.createServer((request, response) => {
  let body = "";
  request.setEncoding("utf8");
  request.on("data", (chunk: string) => (body += chunk));
  request.on("end", () => {
    seen.push({ method: request.method!, key: request.headers["idempotency-key"] as string | undefined, body });
    const answer = script.shift() ?? ((reply) => reply.writeHead(200).end("ok"));
    answer(response);
  });
});

const status =
  (code: number, headers: Record<string, string> = {}): Answer =>
  (response) =>
    response.writeHead(code, headers).end();
/** The connection is closed with no answer: the client sees a network error. */
const drop: Answer = (response) => response.socket?.destroy();

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/thing`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen.length = 0;
  script = [];
});

function transport(options: Parameters<typeof retryingFetch>[0] = {}) {
  const retries: RetryInfo[] = [];
  // A new connection per request, so that a dropped one never carries over.
  const send = retryingFetch({ minDelayMs: 20, onRetry: (retry) => retries.push(retry), ...options });
  return { retries, send: (init: RequestInit = {}) => send(new Request(url, { ...init, headers: { connection: "close" } })) };
}

describe("retryingFetch", () => {
  it("backs off exponentially on a 503 without Retry-After, then returns the answer", async () => {
    script = [status(503), status(503), status(200)];
    const { retries, send } = transport();
    expect((await send()).status).toBe(200);
    expect(seen).toHaveLength(3);
    expect(retries.map((retry) => retry.status)).toEqual([503, 503]);
    expect(retries[0]!.delayMs).toBeGreaterThanOrEqual(10);
    expect(retries[0]!.delayMs).toBeLessThanOrEqual(20);
    expect(retries[1]!.delayMs).toBeGreaterThanOrEqual(20);
    expect(retries[1]!.delayMs).toBeLessThanOrEqual(40);
  });

  it("waits for Retry-After in seconds or as a date, and returns a 429 that asks for longer than it will wait", async () => {
    script = [status(429, { "retry-after": "1" }), status(200)];
    const first = transport();
    const started = Date.now();
    expect((await first.send()).status).toBe(200);
    expect(first.retries.map((retry) => retry.delayMs)).toEqual([1000]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);

    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs("soon")).toBeUndefined();

    script = [status(429, { "retry-after": "120" })];
    const patient = transport({ maxRetryAfterMs: 60_000 });
    expect((await patient.send()).status).toBe(429);
    expect(patient.retries).toEqual([]);
  });

  it("returns the last 429 once its retries are spent", async () => {
    script = [status(429), status(429), status(429)];
    const { retries, send } = transport({ retries: 2, minDelayMs: 1 });
    expect((await send()).status).toBe(429);
    expect(seen).toHaveLength(3);
    expect(retries).toHaveLength(2);
  });

  it("retries a network error for GET and for POST (same key, same body), never for PATCH", async () => {
    script = [drop, status(200)];
    expect((await transport().send()).status).toBe(200);
    expect(seen.map((request) => request.method)).toEqual(["GET", "GET"]);

    seen.length = 0;
    script = [drop, status(201)];
    const post = transport();
    expect((await post.send({ method: "POST", body: '{"name":"Ada"}' })).status).toBe(201);
    expect(seen.map(({ body }) => body)).toEqual(['{"name":"Ada"}', '{"name":"Ada"}']);
    expect(seen[0]!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen[1]!.key).toBe(seen[0]!.key);
    expect(post.retries[0]!.error).toBeInstanceOf(TypeError);

    seen.length = 0;
    script = [drop, status(200)];
    await expect(transport().send({ method: "PATCH", body: "{}" })).rejects.toThrow(TypeError);
    expect(seen).toHaveLength(1);
  });

  it("keeps an Idempotency-Key the caller chose, and sends none on other methods", async () => {
    const { send } = transport();
    await send({ method: "PUT", body: "{}" });
    const chosen = retryingFetch();
    await chosen(new Request(url, { method: "POST", body: "{}", headers: { "Idempotency-Key": "order-42" } }));
    expect(seen.map(({ method, key }) => [method, key])).toEqual([
      ["PUT", undefined],
      ["POST", "order-42"],
    ]);
  });

  it("stops waiting when the request is aborted", async () => {
    script = [status(503, { "retry-after": "30" })];
    const send = retryingFetch();
    const controller = new AbortController();
    const pending = send(new Request(url, { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error("gave up")), 100);
    await expect(pending).rejects.toThrow("gave up");
    expect(seen).toHaveLength(1);
  });
});
