/**
 * The authenticated read path against its yardsticks (`pnpm bench --only=read-path`,
 * issue 17): in one run and at 50 connections, a bare Fastify route, a bare
 * `pg` handler running the same statement as the API, and the API itself with
 * a bearer token, for the contact list (20 of 2,000 contacts) and one contact
 * by id. Then the API's list route again under `--cpu-prof`, summarised by
 * where the CPU time went (bench/cpu-profile.ts).
 */
import { spawn } from "node:child_process";
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { profileTables, summariseProfile } from "./cpu-profile.ts";
import { withBenchDatabase } from "./database.ts";
import { createUsers } from "./generate.ts";
import { measure, type Result } from "./measure.ts";
import { login, startServer } from "./server.ts";

const PASSWORD = "bench password 2026";
const CONNECTIONS = 50;
const repoRoot = path.resolve(import.meta.dirname, "../../..");

async function seed(url: string): Promise<{ ownerId: string; contactId: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const passwordHash = await hash(PASSWORD);
    const [ownerId] = await createUsers(client, 1, "reader", passwordHash);
    const others = await createUsers(client, 200, "neighbour", passwordHash);
    // 2,000 contacts for the reader and 200 for each neighbour, so the table is not the reader's alone.
    for (const [owner, count] of [[ownerId!, 2_000], ...others.map((id) => [id, 200] as const)] as const) {
      await client.query(
        `INSERT INTO "Contact" ("ownerId", name, company, title, email, relationship, tags, "createdAt", "updatedAt")
         SELECT $1, 'Contact ' || i, 'Org ' || (i % 50), 'Engineering manager', 'contact' || i || '@example.com',
                (enum_range(NULL::"Relationship"))[1 + i % 7], ARRAY['meetup'], now() - make_interval(mins => i), now()
         FROM generate_series(1, $2::int) i`,
        [owner, count],
      );
    }
    await client.query("ANALYZE");
    const { rows } = await client.query<{ id: string }>(
      `SELECT id::text FROM "Contact" WHERE "ownerId" = $1 ORDER BY "createdAt" DESC LIMIT 1 OFFSET 500`,
      [ownerId],
    );
    return { ownerId: ownerId!, contactId: rows[0]!.id };
  } finally {
    await client.end();
  }
}

async function startYardsticks(url: string, ownerId: string, port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/raw-server.ts", String(port), url, ownerId], {
    cwd: path.resolve(import.meta.dirname, ".."),
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`raw-server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export async function readPathBench({ quick }: { quick: boolean }): Promise<string> {
  const seconds = quick ? 3 : 10;
  return withBenchDatabase("bench_read", async (url) => {
    const { ownerId, contactId } = await seed(url);
    const port = 4870 + Math.floor(Math.random() * 50);
    const yardsticks = await startYardsticks(url, ownerId, port);
    const api = await startServer(url, port + 1);
    const results: Result[] = [];
    try {
      const token = await login(api.url, "reader1@bench.traction.test", PASSWORD);
      const run = async (name: string, base: string, pathAndQuery: string) => {
        // A short warm-up, so that the JIT and the pools are in their steady state.
        await measure(base, { name, path: pathAndQuery, token, connections: CONNECTIONS, durationSeconds: 1 });
        const result = await measure(base, {
          name,
          path: pathAndQuery,
          token,
          connections: CONNECTIONS,
          durationSeconds: seconds,
        });
        results.push(result);
        return result;
      };
      const bare = await run("bare Fastify, constant page", yardsticks.url, "/bare");
      const rawList = await run("raw pg, contact list", yardsticks.url, "/raw/contacts");
      const apiList = await run("API, GET /contacts?limit=20", api.url, "/api/v1/contacts?limit=20");
      const rawOne = await run("raw pg, one contact", yardsticks.url, `/raw/contacts/${contactId}`);
      const apiOne = await run("API, GET /contacts/:id", api.url, `/api/v1/contacts/${contactId}`);
      const lines = [
        `The read path at ${CONNECTIONS} connections (${seconds} s each; 2,000 contacts, 20 a page):`,
        "",
        "| scenario | req/s | p50 ms | p95 ms | p99 ms | non-2xx | vs raw pg |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ...results.map((result) => {
          const raw = result.name.includes("one contact") || result.name.includes(":id") ? rawOne : rawList;
          const ratio =
            result === bare ? `${(bare.rps / rawList.rps).toFixed(2)}× (list)` : `${(result.rps / raw.rps).toFixed(2)}×`;
          return `| ${result.name} | ${result.rps} | ${result.p50} | ${result.p95} | ${result.p99} | ${result.non2xx + result.errors} | ${ratio} |`;
        }),
        "",
        `project / raw: list ${(apiList.rps / rawList.rps).toFixed(2)}×, one contact ${(apiOne.rps / rawOne.rps).toFixed(2)}× (target ≥ 0.5).`,
      ];

      // The same list route again, profiled.
      await api.stop();
      const profileDir = path.join(repoRoot, "bench-results", "profiles");
      await rm(profileDir, { recursive: true, force: true });
      await mkdir(profileDir, { recursive: true });
      const spawnedAt = performance.now();
      const profiled = await startServer(url, port + 2, {}, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
      // Only the steady state counts: the samples before the measured load (start-up, warm-up) are left out.
      let loadStartedMs = 0;
      try {
        const profiledToken = await login(profiled.url, "reader1@bench.traction.test", PASSWORD);
        const load = { name: "profiled list", path: "/api/v1/contacts?limit=20", token: profiledToken, connections: CONNECTIONS };
        await measure(profiled.url, { ...load, durationSeconds: 2 });
        loadStartedMs = performance.now() - spawnedAt;
        await measure(profiled.url, { ...load, durationSeconds: 10 });
      } finally {
        await profiled.stop();
      }
      // The main thread's profile is the first (`CPU.<date>.<time>.<pid>.0.001.cpuprofile`); others are workers.
      const [file] = (await readdir(profileDir)).filter((name) => name.endsWith(".cpuprofile")).sort();
      if (file) {
        lines.push(
          "",
          `CPU profile of the API under the list load, 10 s after a warm-up (${path.join("bench-results/profiles", file)}):`,
          "",
        );
        lines.push(profileTables(await summariseProfile(path.join(profileDir, file), { top: 20, sinceMs: loadStartedMs })));
      }
      return lines.join("\n");
    } finally {
      await yardsticks.stop();
      await api.stop().catch(() => undefined);
    }
  });
}
