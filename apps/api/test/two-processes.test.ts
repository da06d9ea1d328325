/**
 * Several API processes behind a load balancer are a supported deployment
 * (issue 17, item 2). Two real processes on one database take the requests of
 * one scenario alternately, as a round-robin balancer would hand them out, and
 * every shared concern must hold across them: sessions, cached insights, rate
 * limits, idempotency, imports, and webhooks (delivered once, not once per
 * process).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { startApi, type ApiProcess } from "./helpers/api-process.ts";
import { createDatabase, databaseUrl, dropDatabase } from "./helpers/databases.ts";
import { connectionsCsv, generatedConnections } from "./helpers/linkedin.ts";
import { eventually, startReceiver, type Receiver } from "./helpers/webhook-receiver.ts";

const API_KEY_LIMIT = 12;
const database = `${inject("templateDatabase").replace(/_template$/, "")}_two_${randomUUID().slice(0, 8)}`;

let processes: ApiProcess[];
let receiver: Receiver;
let turn = 0;

/** The next process in turn: A, B, A, B … */
const next = (): ApiProcess => processes[turn++ % processes.length]!;

async function call(
  method: string,
  path: string,
  { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
  on: ApiProcess = next(),
) {
  const response = await fetch(`${on.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined, on };
}

async function signUp(label: string): Promise<string> {
  const email = `${label}-${randomUUID()}@example.test`;
  const registered = await call("POST", "/api/v1/auth/register", {
    body: { email, password: "correct horse battery", name: "Two Processes", role: "JOBSEEKER" },
  });
  expect(registered.status).toBe(201);
  return registered.body.accessToken as string;
}

beforeAll(async () => {
  await createDatabase(database, inject("templateDatabase"));
  const env = {
    API_KEY_RATE_LIMIT: String(API_KEY_LIMIT),
    API_KEY_RATE_LIMIT_WINDOW_SECONDS: "600",
    WEBHOOK_WORKER: "on",
    WEBHOOK_DISPATCH_INTERVAL_MS: "50",
  };
  processes = await Promise.all([startApi(databaseUrl(database), env), startApi(databaseUrl(database), env)]);
  receiver = await startReceiver();
}, 120_000);

afterAll(async () => {
  for (const api of processes ?? []) {
    if (api.alive()) {
      api.child.kill("SIGTERM");
      await api.exited;
    }
  }
  await receiver?.close();
  await dropDatabase(database);
});

describe("two API processes on one database, requests alternating between them", () => {
  test("a session opened on one is good on the other, and a refresh token works once across both", async () => {
    const email = `session-${randomUUID()}@example.test`;
    const password = "correct horse battery";
    const [a, b] = processes as [ApiProcess, ApiProcess];
    await call("POST", "/api/v1/auth/register", { body: { email, password, name: "Sam", role: "JOBSEEKER" } }, a);
    const login = await fetch(`${b.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    });
    const cookie = login.headers
      .getSetCookie()
      .find((value) => value.startsWith("traction_refresh="))!
      .split(";")[0]!;
    const { accessToken } = (await login.json()) as { accessToken: string };
    expect((await call("GET", "/api/v1/me", { token: accessToken }, a)).status).toBe(200);

    expect((await call("POST", "/api/v1/auth/refresh", { headers: { cookie } }, a)).status).toBe(200);
    // The same refresh token again, on the other process: reuse, refused.
    expect((await call("POST", "/api/v1/auth/refresh", { headers: { cookie } }, b)).status).toBe(401);
  });

  test("insights cached by one process show a write made through the other at once", async () => {
    const token = await signUp("insights");
    const [a, b] = processes as [ApiProcess, ApiProcess];
    const venue = await call("POST", "/api/v1/venues", { token, body: { name: "Guild", kind: "MEETUP" } }, a);
    const contact = await call("POST", "/api/v1/contacts", { token, body: { name: "Ada" } }, b);
    const today = new Date().toISOString().slice(0, 10);
    const conversations = async (on: ApiProcess) =>
      (await call("GET", "/api/v1/insights", { token }, on)).body.funnel.conversations as number;

    // Both processes compute and cache the insights with no conversation yet.
    expect(await conversations(a)).toBe(0);
    expect(await conversations(b)).toBe(0);
    for (let count = 1; count <= 4; count += 1) {
      const writer = count % 2 === 0 ? a : b;
      const created = await call(
        "POST",
        "/api/v1/conversations",
        { token, body: { date: today, contactIds: [contact.body.id] } },
        writer,
      );
      expect(created.status).toBe(201);
      // Read on both, the writer's peer first: neither serves its cached copy.
      expect(await conversations(writer === a ? b : a)).toBe(count);
      expect(await conversations(writer)).toBe(count);
    }
    expect(venue.status).toBe(201);
  });

  test("an API key's rate limit is one budget across both processes", async () => {
    const token = await signUp("limits");
    const key = await call("POST", "/api/v1/api-keys", { token, body: { name: "sync", scopes: ["read"] } });
    expect(key.status).toBe(201);
    const statuses: number[] = [];
    const servedBy = new Set<number>();
    for (let request = 0; request < API_KEY_LIMIT + 2; request += 1) {
      const response = await call("GET", "/api/v1/contacts", { token: key.body.key });
      statuses.push(response.status);
      servedBy.add(response.on.port);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(servedBy.size).toBe(2);
    expect(statuses).toEqual([...Array(API_KEY_LIMIT).fill(200), 429, 429]);
  });

  test("an Idempotency-Key replayed on the other process returns the first answer and creates nothing", async () => {
    const token = await signUp("idempotency");
    const headers = { "idempotency-key": randomUUID() };
    const first = await call("POST", "/api/v1/contacts", { token, body: { name: "Once" }, headers });
    const again = await call("POST", "/api/v1/contacts", { token, body: { name: "Once" }, headers });
    expect(first.on).not.toBe(again.on);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    const list = await call("GET", "/api/v1/contacts?q=Once", { token });
    expect(list.body.data).toHaveLength(1);
  });

  test("an import uploaded to one process is merged once and reported by the other", async () => {
    const token = await signUp("import");
    const [a, b] = processes as [ApiProcess, ApiProcess];
    const form = new FormData();
    const csv = connectionsCsv(generatedConnections(300));
    form.append("file", new Blob([csv], { type: "text/csv" }), "Connections.csv");
    const uploaded = await fetch(`${a.url}/api/v1/imports/linkedin`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(uploaded.status).toBe(202);
    const { id } = (await uploaded.json()) as { id: string };
    let report: { status: string; created: number } | undefined;
    await eventually(async () => {
      report = (await call("GET", `/api/v1/imports/${id}`, { token }, b)).body;
      return report?.status === "DONE" || report?.status === "FAILED";
    }, 60_000);
    expect(report).toMatchObject({ status: "DONE", created: 300 });
    let contacts = 0;
    let cursor: string | null = null;
    do {
      const page = await call("GET", `/api/v1/contacts?limit=100${cursor ? `&cursor=${cursor}` : ""}`, { token });
      contacts += page.body.data.length;
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(contacts).toBe(300);
  });

  test("each event is delivered to a webhook once, though both processes run delivery workers", async () => {
    const token = await signUp("webhooks");
    const hook = await call("POST", "/api/v1/webhooks", { token, body: { url: receiver.url, events: ["contact.created"] } });
    expect(hook.status).toBe(201);
    const names = Array.from({ length: 6 }, (_, index) => `Delivered ${index}`);
    for (const name of names) expect((await call("POST", "/api/v1/contacts", { token, body: { name } })).status).toBe(201);

    const deliveredNames = () =>
      receiver.received
        .map((delivery) => JSON.parse(delivery.body) as { data: { contact?: { name: string } } })
        .map((event) => event.data.contact?.name)
        .filter((name) => name?.startsWith("Delivered "));
    await eventually(() => deliveredNames().length >= names.length, 20_000);
    // Give a duplicate time to arrive, if a second worker were to send one.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(deliveredNames().sort()).toEqual(names);
  });
});
