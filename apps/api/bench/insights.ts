/**
 * `pnpm bench --only=insights` (issue 17): the heavy user's `GET /api/v1/insights`
 * alone, fast to iterate on. Seeds the heavy user, the 10× lighter user and
 * 200 ordinary users around them (the tables shared, as in production), then
 * measures the heavy user's 28 days and whole year at 1 and 20 connections on
 * two API processes over the same database: one with the insights cache off
 * (`INSIGHTS_CACHE_ENTRIES=0`, **computed** on every request) and one as
 * deployed (**cached** under the owner's data version). Prints p50/p95/p99
 * and the load average before each scenario (the machine may be shared).
 */
import { loadavg } from "node:os";
import { settle, withBenchDatabase } from "./database.ts";
import { seedInsightsPeople } from "./generate.ts";
import { measure, type Result } from "./measure.ts";
import { login, startServer } from "./server.ts";

const PASSWORD = "bench password 2026";
const ORDINARY_USERS = 200;

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");

export async function insightsBench({ quick }: { quick: boolean }): Promise<string> {
  const seconds = quick ? 3 : 10;
  return withBenchDatabase("bench_insights", async (url) => {
    await seedInsightsPeople(url, PASSWORD, { ordinary: ORDINARY_USERS });
    await settle(url);
    const port = 4800 + Math.floor(Math.random() * 90);
    const computed = await startServer(url, port, { INSIGHTS_CACHE_ENTRIES: "0" });
    const cached = await startServer(url, port + 1);
    try {
      const token = await login(cached.url, "heavy1@bench.traction.test", PASSWORD);
      const year = `from=${new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10)}`;
      const servers = { computed, cached } as const;
      // Warm up the pools and the plans.
      for (const server of [computed, cached])
        await measure(server.url, { name: "warm-up", path: "/api/v1/insights", token, connections: 4, durationSeconds: 2 });
      const results: Array<Result & { load: string }> = [];
      for (const mode of ["computed", "cached"] as const) {
        for (const connections of [1, 20]) {
          for (const [period, path] of [
            ["28 days", "/api/v1/insights"],
            ["whole year", `/api/v1/insights?${year}`],
          ] as const) {
            const before = load();
            const result = await measure(servers[mode].url, {
              name: `insights heavy, ${period} [${mode}]`,
              path,
              token,
              connections,
              durationSeconds: seconds,
            });
            results.push({ ...result, load: before });
            console.log(JSON.stringify(results.at(-1)));
          }
        }
      }
      return [
        `The heavy user's insights among ${ORDINARY_USERS} ordinary users (${seconds} s each; load average 1/5/15 min before each):`,
        "",
        "| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx | load |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        ...results.map(
          (r) =>
            `| ${r.name} | ${r.connections} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.non2xx + r.errors} | ${r.load} |`,
        ),
      ].join("\n");
    } finally {
      await Promise.all([computed.stop(), cached.stop()]);
    }
  });
}
