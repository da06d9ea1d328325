/**
 * "Builds what is not built yet": a package is rebuilt when its output is
 * missing, older than its sources, or was built with other baked-in settings
 * (e.g. the dashboard's API_URL) or by someone else since. A small stamp in
 * `.data/builds/` records what the launcher built.
 */
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { say, step } from "../lib/log.ts";
import { dataPath, REPO_ROOT } from "../lib/paths.ts";
import { runChecked } from "../lib/run-command.ts";
import { newestChangeMs } from "./newest-change.ts";

export interface BuildTarget {
  /** For messages: "API", "dashboard". */
  label: string;
  packageName: string;
  /** A file the build writes at its end. */
  output: string;
  /** Files and folders whose changes need a rebuild. */
  inputs: string[];
  /** Environment variables baked into the output at build time. */
  env: Record<string, string>;
}

interface Stamp {
  env: Record<string, string>;
  outputMtimeMs: number;
}

export async function ensureBuilt(target: BuildTarget, signal: AbortSignal): Promise<void> {
  const reason = await rebuildReason(target);
  if (!reason) {
    say(`${target.label}: the build is up to date`);
    return;
  }
  await step(`building the ${target.label} (${reason})`, () =>
    runChecked("pnpm", ["--filter", target.packageName, "run", "build"], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...target.env },
      output: "inherit",
      signal,
    }),
  );
  const { mtimeMs } = await stat(target.output);
  await mkdir(dataPath("builds"), { recursive: true });
  await writeFile(stampFile(target), JSON.stringify({ env: target.env, outputMtimeMs: mtimeMs } satisfies Stamp));
}

async function rebuildReason(target: BuildTarget): Promise<string | undefined> {
  const output = await stat(target.output).catch(() => undefined);
  if (!output) return "not built yet";
  const stamp = await readStamp(target);
  if (!stamp || stamp.outputMtimeMs !== output.mtimeMs) return "its last build was not made by the launcher";
  if (JSON.stringify(stamp.env) !== JSON.stringify(target.env)) return "its settings changed";
  if ((await newestChangeMs(target.inputs)) > output.mtimeMs) return "sources changed";
  return undefined;
}

async function readStamp(target: BuildTarget): Promise<Stamp | undefined> {
  try {
    return JSON.parse(await readFile(stampFile(target), "utf8")) as Stamp;
  } catch {
    return undefined;
  }
}

// "@traction/web" → .data/builds/traction-web.json
const stampFile = (target: BuildTarget) =>
  dataPath("builds", `${target.packageName.replace(/^@/, "").replace(/\W+/g, "-")}.json`);
