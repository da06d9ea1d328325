/**
 * The account export under load (`pnpm bench --only=export`): accounts of
 * 100,000 contacts each, exported through `GET /api/v1/me/export` while the
 * API process's resident memory is sampled from /proc and another user keeps
 * reading `GET /api/v1/me`:
 *
 * - one account asking for four exports at once (one runs; the others are
 *   told to wait with 429 + Retry-After);
 * - four accounts exporting at the same time (each stream holds one batch of
 *   rows at a time, so memory should not grow with the account's size).
 */
import { readFile } from "node:fs/promises";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { withBenchDatabase } from "./database.ts";
import { createUsers } from "./generate.ts";
import { login, startServer } from "./server.ts";

const PASSWORD = "bench password 2026";
const CONTACTS = 100_000;

async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Samples the process's memory every 25 ms until stopped; returns the peak. */
function samplePeak(pid: number): { stop: () => Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await residentMb(pid).catch(() => 0));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

/** Another user's `GET /me`, one after the other, until stopped: what everyone else feels. */
function keepReading(url: string, token: string): { stop: () => Promise<{ p50: number; p95: number; count: number }> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } }).then((r) => r.arrayBuffer());
      latencies.push(performance.now() - started);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      latencies.sort((a, b) => a - b);
      const at = (q: number) =>
        Math.round(latencies[Math.min(latencies.length - 1, Math.floor((q / 100) * latencies.length))]! * 10) / 10;
      return { p50: at(50), p95: at(95), count: latencies.length };
    },
  };
}

async function exportOnce(url: string, token: string): Promise<{ status: number; bytes: number; seconds: number }> {
  const started = performance.now();
  const response = await fetch(`${url}/api/v1/me/export`, { headers: { authorization: `Bearer ${token}` } });
  let bytes = 0;
  for await (const chunk of response.body ?? []) bytes += (chunk as Uint8Array).byteLength;
  return { status: response.status, bytes, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

async function seed(url: string): Promise<{ big: string[]; bystander: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const passwordHash = await hash(PASSWORD);
    const big = await createUsers(client, 4, "exporter", passwordHash);
    await createUsers(client, 1, "bystander", passwordHash);
    for (const ownerId of big) {
      await client.query(
        `INSERT INTO "Contact" ("ownerId", name, company, title, email, notes, tags, "createdAt", "updatedAt")
         SELECT $1, 'Contact ' || i, 'Org ' || (i % 500), 'Engineering manager', 'contact' || i || '@example.com',
                repeat('Met at the meetup, talked about the data platform team. ', 3), ARRAY['meetup', 'data'],
                now() - make_interval(days => i % 365), now()
         FROM generate_series(1, $2::int) i`,
        [ownerId, CONTACTS],
      );
    }
    await client.query("ANALYZE");
    return { big: ["exporter1", "exporter2", "exporter3", "exporter4"], bystander: "bystander1" };
  } finally {
    await client.end();
  }
}

export async function exportBench(): Promise<string> {
  return withBenchDatabase("bench_export", async (url) => {
    const users = await seed(url);
    const server = await startServer(url, 4980 + Math.floor(Math.random() * 9));
    try {
      const email = (name: string) => `${name}@bench.traction.test`;
      const tokens = await Promise.all(users.big.map((name) => login(server.url, email(name), PASSWORD)));
      const bystander = await login(server.url, email(users.bystander), PASSWORD);
      // Warm the route (code paths, connection pool) with one export, then read the idle memory.
      await exportOnce(server.url, tokens[0]!);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const idleMb = await residentMb(server.pid);

      const scenario = async (
        label: string,
        requests: () => Promise<Array<{ status: number; bytes: number; seconds: number }>>,
      ) => {
        const before = await residentMb(server.pid);
        const peak = samplePeak(server.pid);
        const reader = keepReading(server.url, bystander);
        const answers = await requests();
        const others = await reader.stop();
        const peakMb = await peak.stop();
        const statuses = answers.map((answer) => answer.status).join(", ");
        const sizes = [...new Set(answers.filter((a) => a.status === 200).map((a) => `${(a.bytes / 1e6).toFixed(1)} MB`))];
        const slowest = Math.max(...answers.map((answer) => answer.seconds));
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        return (
          `| ${label} | ${statuses} | ${sizes.join(", ")} | ${slowest} | ${before} | ${peakMb} | +${peakMb - before} | ` +
          `${others.p50} / ${others.p95} (${others.count}) |`
        );
      };

      const rows = [
        await scenario("one account, four exports at once", () =>
          Promise.all([0, 1, 2, 3].map(() => exportOnce(server.url, tokens[0]!))),
        ),
        await scenario("four accounts, one export each, at once", () =>
          Promise.all(tokens.map((token) => exportOnce(server.url, token))),
        ),
      ];
      return [
        `Account export, ${CONTACTS.toLocaleString("en")} contacts per account; API resident memory idle after one export: ${idleMb} MB.`,
        "",
        "| scenario | statuses | export size | slowest s | RSS before MB | RSS peak MB | growth MB | another user's GET /me p50 / p95 ms (requests) |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | --- |",
        ...rows,
      ].join("\n");
    } finally {
      await server.stop();
    }
  });
}
