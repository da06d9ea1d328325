/**
 * One autocannon scenario against the running server, with exact p50/p95
 * from every response time (autocannon's own histogram has no p95).
 */
import autocannon from "autocannon";

export interface Scenario {
  name: string;
  /** One path, or several measured at once (`connections` each), their times taken together. */
  path: string | string[];
  token: string;
  connections: number;
  durationSeconds: number;
}

export interface Result {
  name: string;
  connections: number;
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round1 = (value: number) => Math.round(value * 10) / 10;

export async function measure(baseUrl: string, scenario: Scenario): Promise<Result> {
  const times: number[] = [];
  const paths = typeof scenario.path === "string" ? [scenario.path] : scenario.path;
  const results = await Promise.all(
    paths.map(
      (path) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const instance = autocannon(
            {
              url: `${baseUrl}${path}`,
              connections: scenario.connections,
              duration: scenario.durationSeconds,
              headers: { authorization: `Bearer ${scenario.token}` },
            },
            (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
          );
          instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
        }),
    ),
  );
  times.sort((a, b) => a - b);
  const sum = (of: (result: autocannon.Result) => number) => results.reduce((total, result) => total + of(result), 0);
  return {
    name: scenario.name,
    connections: scenario.connections * paths.length,
    requests: sum((result) => result.requests.total),
    errors: sum((result) => result.errors),
    non2xx: sum((result) => result.non2xx),
    rps: round1(sum((result) => result.requests.average)),
    p50: round1(percentile(times, 50)),
    p95: round1(percentile(times, 95)),
    p99: round1(percentile(times, 99)),
  };
}

export function table(results: Result[], baseline: Result): string {
  const lines = [
    "| scenario | conns | req/s | p50 ms | p95 ms | p99 ms | non-2xx | throughput vs baseline |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const result of results) {
    lines.push(
      `| ${result.name} | ${result.connections} | ${result.rps} | ${result.p50} | ${result.p95} | ${result.p99} | ${result.non2xx + result.errors} | ${(result.rps / baseline.rps).toFixed(3)}× |`,
    );
  }
  return lines.join("\n");
}
