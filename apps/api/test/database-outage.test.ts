/**
 * A database restart under write load (issue 13, item 2): a private PostgreSQL
 * cluster whose postmaster is SIGKILLed while 20 keep-alive writers create
 * contacts through the real API process, then restarted. The process must stay
 * up (a pooled connection dying inside a transaction used to emit an 'error'
 * nobody listened to), every answer is 201 or 503 with Retry-After (never 500),
 * every acknowledged write is there afterwards, and /ready recovers. The crash
 * was a race, so the outage is repeated.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { register, startApi, startWriters, type ApiProcess, type Outcome } from "./helpers/api-process.ts";
import { migrate } from "./helpers/databases.ts";
import { PrivateCluster } from "./helpers/private-cluster.ts";

const ITERATIONS = 4;
const WRITERS = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let cluster: PrivateCluster;
let api: ApiProcess;

beforeAll(async () => {
  cluster = await PrivateCluster.start();
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  await admin.query("CREATE DATABASE traction");
  await admin.end();
  await migrate(cluster.url("traction"));
  api = await startApi(cluster.url("traction"), { DATABASE_POOL_SIZE: "10" });
}, 120_000);

afterAll(async () => {
  if (api?.alive()) {
    api.child.kill("SIGKILL");
    await api.exited;
  }
  await cluster?.destroy();
});

async function waitUntilReady(url: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (!api.alive()) throw new Error(`the API process exited:\n${api.output().slice(-3000)}`);
    const response = await fetch(`${url}/ready`).catch(() => null);
    if (response?.status === 200) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`/ready did not recover in ${timeoutMs} ms`);
    await sleep(100);
  }
}

describe("PostgreSQL killed and restarted under 20 concurrent writers", () => {
  it(`keeps the process up, answers 503 (never 500), loses no acknowledged write — ${ITERATIONS} times`, async () => {
    const tokens = await Promise.all(Array.from({ length: 4 }, (_, index) => register(api.url, `outage-${index}`)));
    const all: Outcome[] = [];
    for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
      const writers = startWriters(api.url, tokens, WRITERS);
      await sleep(800);
      await cluster.killPostmaster();
      await sleep(1_000);
      const during = writers.outcomes.length;
      await cluster.startServer();
      const recoveredIn = await waitUntilReady(api.url, 15_000);
      await sleep(500);
      const outcomes = await writers.stop();
      all.push(...outcomes);
      expect(api.alive(), `the API exited in iteration ${iteration + 1}:\n${api.output().slice(-3000)}`).toBe(true);
      const unavailable = outcomes.filter((outcome) => outcome.status === 503).length;
      console.log(
        `outage ${iteration + 1}: ${outcomes.length} requests (${during} before restart), ` +
          `${outcomes.filter((o) => o.status === 201).length} × 201, ${unavailable} × 503, /ready back in ${recoveredIn} ms`,
      );
    }

    const byStatus = new Map<string, number>();
    for (const outcome of all) {
      const key = String(outcome.status ?? outcome.error);
      byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
    }
    expect(Object.fromEntries(byStatus), `unexpected answers:\n${api.output().slice(-3000)}`).toEqual(
      Object.fromEntries(
        [...byStatus.keys()].filter((key) => key === "201" || key === "503").map((key) => [key, byStatus.get(key)]),
      ),
    );
    const unavailable = all.filter((outcome) => outcome.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const outcome of unavailable) {
      expect(outcome.headers?.["retry-after"]).toMatch(/^\d+$/);
      expect(outcome.headers?.["content-type"]).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(outcome.body ?? "{}")).toMatchObject({ status: 503, type: "urn:traction:problem:service-unavailable" });
    }

    const acknowledged = all.filter((outcome) => outcome.status === 201).map((o) => (JSON.parse(o.body!) as { id: string }).id);
    expect(acknowledged.length).toBeGreaterThan(ITERATIONS);
    const client = new pg.Client({ connectionString: cluster.url("traction") });
    await client.connect();
    const { rows } = await client.query<{ id: string }>('SELECT id FROM "Contact" WHERE id = ANY($1::uuid[])', [acknowledged]);
    await client.end();
    expect(rows.length).toBe(acknowledged.length);
    expect(api.alive()).toBe(true);
  }, 90_000);
});
