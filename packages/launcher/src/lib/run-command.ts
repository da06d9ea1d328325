/** Runs a command to completion, for the steps that must finish before the next (initdb, migrate, build). */
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { LauncherError, StopRequested } from "./errors.ts";

export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Run as another user (the `postgres` system user when the launcher runs as root). */
  uid?: number;
  gid?: number;
  /** `inherit` shows the output as it comes; `capture` keeps it, to return it or to show it on failure. */
  output?: "inherit" | "capture";
  /** Aborting kills the command (Ctrl-C while a step runs). */
  signal?: AbortSignal;
}

export interface CommandResult {
  code: number;
  output: string;
}

/** Resolves with the exit code whatever it is; rejects only when the command cannot run or is stopped. */
export function runCommand(command: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
  const capture = options.output === "capture";
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      uid: options.uid,
      gid: options.gid,
      signal: options.signal,
      stdio: ["ignore", capture ? "pipe" : "inherit", capture ? "pipe" : "inherit"],
    });
    let output = "";
    const keep = (chunk: Buffer) => (output += chunk.toString("utf8"));
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.once("error", (error: NodeJS.ErrnoException) => {
      if (error.name === "AbortError") reject(new StopRequested());
      else if (error.code === "ENOENT") reject(new LauncherError(`\`${command}\` was not found on PATH`));
      else reject(error);
    });
    child.once("close", (code, signal) => {
      if (options.signal?.aborted) reject(new StopRequested());
      else resolve({ code: code ?? 128 + (signal ? constants.signals[signal] : 0), output });
    });
  });
}

/** Like `runCommand`, but a non-zero exit is a `LauncherError` carrying the captured output. */
export async function runChecked(command: string, args: readonly string[], options: CommandOptions = {}): Promise<string> {
  const { code, output } = await runCommand(command, args, options);
  if (code !== 0) {
    const shown = output.trim() ? `:\n${output.trim()}` : " (its output is above)";
    throw new LauncherError(`\`${[command, ...args].join(" ")}\` exited with code ${code}${shown}`);
  }
  return output;
}
