/**
 * Child processes for the e2e run. Servers run in their own process group so
 * that stopping one stops everything it started (pnpm → tsx → node); their
 * output goes to e2e/artifacts/logs/. A pid file lets the next run stop servers
 * that a killed run left behind.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ARTIFACTS_DIR } from "./settings.ts";

const LOG_DIR = path.join(ARTIFACTS_DIR, "logs");
const PID_FILE = path.join(ARTIFACTS_DIR, "servers.json");

interface Options {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface Server {
  name: string;
  stop(): Promise<void>;
}

function launch(name: string, command: string, args: string[], { cwd, env }: Options): { child: ChildProcess; log: string } {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = path.join(LOG_DIR, `${name}.log`);
  const out = createWriteStream(log);
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return { child, log };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

function failure(name: string, log: string, why: string): Error {
  const tail = existsSync(log) ? readFileSync(log, "utf8").trimEnd().split("\n").slice(-25).join("\n") : "";
  return new Error(`e2e: ${name} ${why} (full log: ${path.relative(process.cwd(), log)})\n${tail}`);
}

/** Runs a command to completion; throws with the end of its output if it fails. */
export async function run(name: string, command: string, args: string[], options: Options): Promise<void> {
  const { child, log } = launch(name, command, args, options);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw failure(name, log, `exited with ${code}`);
}

/** Starts a server and waits until `readyUrl` answers 200. */
export async function startServer(
  name: string,
  command: string,
  args: string[],
  options: Options & { readyUrl: string; timeoutMs?: number },
): Promise<Server> {
  const { child, log } = launch(name, command, args, options);
  const pid = child.pid;
  if (pid === undefined) throw failure(name, log, "did not start");
  const entry = { name, pid, marker: args.join(" ") };
  remember(entry, { add: true });
  const server: Server = {
    name,
    async stop() {
      await stopGroup(pid, child);
      remember(entry, { add: false });
    },
  };

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let stopped = false;
  void exited(child).then(() => (stopped = true));
  while (!(await answers(options.readyUrl))) {
    if (stopped) {
      remember(entry, { add: false });
      throw failure(name, log, `exited with ${child.exitCode ?? child.signalCode} before it was ready`);
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw failure(name, log, `was not ready at ${options.readyUrl} in time`);
    }
    await sleep(200);
  }
  return server;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole group (graceful close), SIGKILL if it has not gone in 10 s. */
async function stopGroup(pid: number, child?: ChildProcess): Promise<void> {
  if (!signalGroup(pid, "SIGTERM")) return;
  const gone = child ? exited(child) : waitUntilGone(pid);
  const timeout = sleep(10_000).then(() => "timeout" as const);
  if ((await Promise.race([gone, timeout])) === "timeout") signalGroup(pid, "SIGKILL");
  // Grandchildren (next-server, node) may outlive the group leader for a moment.
  for (let i = 0; i < 50 && signalGroup(pid, 0); i++) await sleep(100);
  signalGroup(pid, "SIGKILL");
}

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number): Promise<void> {
  while (signalGroup(pid, 0)) await sleep(100);
}

/** `marker` is in the command line of the group leader, so a reused pid is never mistaken for ours. */
type PidEntry = { name: string; pid: number; marker: string };

function readPids(): PidEntry[] {
  try {
    return JSON.parse(readFileSync(PID_FILE, "utf8")) as PidEntry[];
  } catch {
    return [];
  }
}

function remember(entry: PidEntry, { add }: { add: boolean }): void {
  const others = readPids().filter(({ pid }) => pid !== entry.pid);
  const entries = add ? [...others, entry] : others;
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  if (entries.length === 0) rmSync(PID_FILE, { force: true });
  else writeFileSync(PID_FILE, JSON.stringify(entries));
}

/** Stops the servers a killed run left running, if their process groups still exist. */
export async function stopLeftovers(): Promise<void> {
  for (const { name, pid, marker } of readPids()) {
    if (commandLine(pid).includes(marker)) {
      console.warn(`e2e: stopping ${name} (process group ${pid}) left by an earlier run`);
      await stopGroup(pid);
    }
  }
  rmSync(PID_FILE, { force: true });
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** Fails early and clearly when something else listens where a server must start. */
export async function assertPortFree(port: number): Promise<void> {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
  if (inUse) throw new Error(`e2e: port ${port} is in use; stop what listens there (or set E2E_API_PORT / E2E_WEB_PORT)`);
}
