/**
 * A long-running process (the API, the dashboard): started in its own process
 * group, its output shown line by line behind its name, stopped with SIGTERM
 * and, after a grace period or a second Ctrl-C, SIGKILL.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { constants } from "node:os";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { warn } from "../lib/log.ts";
import { removePidRecord, writePidRecord } from "../lib/pid-files.ts";
import { signalGroup } from "../lib/process-group.ts";

export interface ServiceSpec {
  /** Short name: the output prefix and the pid file. */
  name: string;
  /** For messages: "API", "dashboard". */
  label: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

const GRACE_MS = 10_000;

export class Service {
  /** Resolves with the exit code (128 + n when killed by signal n). */
  readonly exited: Promise<number>;
  /** Set once the process has exited. */
  exitCode: number | undefined;

  private constructor(
    readonly spec: ServiceSpec,
    private readonly child: ChildProcess & { pid: number },
  ) {
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        this.exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
        resolve(this.exitCode);
      });
    });
    showOutput(child.stdout, spec.name, process.stdout);
    showOutput(child.stderr, spec.name, process.stderr);
  }

  static async start(spec: ServiceSpec): Promise<Service> {
    const child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      env: spec.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    await once(child, "spawn");
    const started = child as ChildProcess & { pid: number };
    await writePidRecord(spec.name, { pid: started.pid, cwd: spec.cwd });
    return new Service(spec, started);
  }

  /** Asks the service to finish; kills it after the grace period, or at once when `force` is aborted. */
  async stop(force: AbortSignal): Promise<void> {
    if (this.exitCode === undefined) {
      signalGroup(this.child.pid, "SIGTERM");
      const finished = await Promise.race([
        this.exited.then(() => true),
        sleep(GRACE_MS, false),
        force.aborted ? false : once(force, "abort").then(() => false),
      ]);
      if (!finished) {
        if (!force.aborted) warn(`the ${this.spec.label} did not stop within ${GRACE_MS / 1000}s; killing it`);
        signalGroup(this.child.pid, "SIGKILL");
        await this.exited;
      }
    }
    await removePidRecord(this.spec.name);
  }
}

function showOutput(stream: Readable | null, name: string, to: NodeJS.WriteStream): void {
  if (!stream) return;
  const prefix = `${name.padEnd(3)} │ `;
  createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) => to.write(`${prefix}${line}\n`));
}
