/**
 * `.data/run/<name>.pid`: which processes the launcher started, so that the
 * next launcher can find them if this one is killed without a chance to clean up.
 */
import { readFileSync } from "node:fs";
import { mkdir, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { dataPath } from "./paths.ts";

export interface PidRecord {
  pid: number;
  /** The process's working folder, which tells it apart from an unrelated process that reused the pid. */
  cwd: string;
}

const file = (name: string) => dataPath("run", `${name}.pid`);

export async function writePidRecord(name: string, record: PidRecord): Promise<void> {
  await mkdir(dataPath("run"), { recursive: true });
  await writeFile(file(name), JSON.stringify(record));
}

export async function readPidRecord(name: string): Promise<PidRecord | undefined> {
  try {
    return JSON.parse(await readFile(file(name), "utf8")) as PidRecord;
  } catch {
    return undefined;
  }
}

export async function removePidRecord(name: string): Promise<void> {
  await rm(file(name), { force: true });
}

/** Alive, and not a zombie waiting for init to reap it (on Linux, /proc tells). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  try {
    // /proc/<pid>/stat: "pid (command) state …"; the command may contain spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/**
 * Whether the recorded process still runs. On Linux, /proc confirms it is the
 * same program (same working folder); elsewhere a live pid has to do.
 */
export async function isStillRunning(record: PidRecord): Promise<boolean> {
  if (!isAlive(record.pid)) return false;
  try {
    const [actual, expected] = await Promise.all([realpath(`/proc/${record.pid}/cwd`), realpath(record.cwd)]);
    return actual === expected;
  } catch {
    return process.platform !== "linux";
  }
}
