/**
 * A stand-in for the network in component tests: answers by "METHOD /path"
 * with JSON or problem documents, and records what was sent.
 */
import type { TProblem } from "@traction/schemas";
import { ApiClient, type ApiClientOptions } from "../lib/api/client.ts";

export interface SentRequest {
  method: string;
  path: string;
  /** The query string, `?flag=RUT` (empty without one). */
  query: string;
  headers: Record<string, string>;
  body: unknown;
}

type Answer = Response | ((request: SentRequest) => Response | Promise<Response>);

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

export function problem(
  status: number,
  detail: string,
  errors?: TProblem["errors"],
  { type = "urn:traction:problem:test", headers = {} }: { type?: string; headers?: Record<string, string> } = {},
): Response {
  const body: TProblem = { type, title: "Error", status, detail, ...(errors ? { errors } : {}) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

export const USER = {
  id: "3f0b1c9e-8a4d-4f7e-9c2a-1b2c3d4e5f60",
  email: "ada@example.com",
  name: "Ada Lovelace",
  role: "JOBSEEKER",
  timezone: "UTC",
  createdAt: "2026-11-25T16:00:00.000Z",
} as const;

/** Answers are used in order per route; the last one repeats. Unknown routes are a 404 problem. */
export function fakeApi(routes: Record<string, Answer | Answer[]>, options: Omit<ApiClientOptions, "fetch"> = {}) {
  const sent: SentRequest[] = [];
  const used = new Map<string, number>();
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input, "http://traction.test");
    const request: SentRequest = {
      method: init?.method ?? "GET",
      path: url.pathname,
      query: url.search,
      headers: { ...(init?.headers as Record<string, string>) },
      body: typeof init?.body === "string" ? JSON.parse(init.body) : (init?.body ?? undefined),
    };
    sent.push(request);
    const key = `${request.method} ${request.path}`;
    const answers = [routes[key] ?? problem(404, `No route ${key}`)].flat();
    const index = Math.min(used.get(key) ?? 0, answers.length - 1);
    used.set(key, index + 1);
    const answer = answers[index]!;
    return typeof answer === "function" ? answer(request) : answer.clone();
  };
  return {
    client: new ApiClient({ ...options, fetch }),
    sent,
    sentTo: (key: string) => sent.filter((r) => `${r.method} ${r.path}` === key),
  };
}
