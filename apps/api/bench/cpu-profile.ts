/**
 * Where a V8 CPU profile (`node --cpu-prof`) spent its time: self time by
 * origin (our code, each package, Node, GC) and the costliest functions —
 * the flat view of a flame graph, small enough to keep in benchmarks.md.
 */
import { readFile } from "node:fs/promises";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "our code", "zod", "@prisma/client", "node internals", "garbage collection" … */
function originOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(program)" || functionName === "(idle)" || functionName === "(root)") return functionName;
  if (url.startsWith("node:") || url === "") return "node internals";
  const inPackage = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1]!;
  if (url.includes("/packages/schemas/")) return "our schemas";
  if (url.includes("/apps/api/src/")) return "our API code";
  return url;
}

export interface ProfileSummary {
  busyMs: number;
  byOrigin: Array<{ origin: string; ms: number; share: number }>;
  topFunctions: Array<{ name: string; origin: string; ms: number; share: number }>;
}

/** `sinceMs`: ignore the samples of the first milliseconds after the profile started (the process starting up). */
export async function summariseProfile(file: string, { top = 15, sinceMs = 0 } = {}): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, "utf8")) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  let elapsedMs = 0;
  profile.samples.forEach((id, index) => {
    const deltaMs = (profile.timeDeltas[index] ?? 0) / 1000;
    elapsedMs += deltaMs;
    if (elapsedMs >= sinceMs) selfMs.set(id, (selfMs.get(id) ?? 0) + deltaMs);
  });

  const origins = new Map<string, number>();
  const functions = new Map<string, { origin: string; ms: number }>();
  for (const [id, ms] of selfMs) {
    const node = nodes.get(id)!;
    const origin = originOf(node);
    if (origin === "(idle)" || origin === "(root)") continue;
    origins.set(origin, (origins.get(origin) ?? 0) + ms);
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || "(anonymous)"} ${url.split("/").slice(-1)[0]}:${lineNumber + 1}`;
    const entry = functions.get(name) ?? { origin, ms: 0 };
    entry.ms += ms;
    functions.set(name, entry);
  }
  const busyMs = [...origins.values()].reduce((sum, ms) => sum + ms, 0);
  const share = (ms: number) => Math.round((ms / busyMs) * 1000) / 10;
  return {
    busyMs: Math.round(busyMs),
    byOrigin: [...origins].sort((a, b) => b[1] - a[1]).map(([origin, ms]) => ({ origin, ms: Math.round(ms), share: share(ms) })),
    topFunctions: [...functions]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, top)
      .map(([name, { origin, ms }]) => ({ name, origin, ms: Math.round(ms), share: share(ms) })),
  };
}

export function profileTables(summary: ProfileSummary, origins = 12): string {
  return [
    `CPU time sampled while busy: ${summary.busyMs} ms.`,
    "",
    "| where (self time) | ms | share |",
    "| --- | ---: | ---: |",
    ...summary.byOrigin.slice(0, origins).map((row) => `| ${row.origin} | ${row.ms} | ${row.share} % |`),
    "",
    "| costliest functions (self time) | from | ms | share |",
    "| --- | --- | ---: | ---: |",
    ...summary.topFunctions.map((row) => `| \`${row.name}\` | ${row.origin} | ${row.ms} | ${row.share} % |`),
  ].join("\n");
}
