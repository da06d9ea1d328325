/**
 * Services run in their own process group (spawned `detached`), so a signal to
 * the group reaches everything they started (`tsx watch` and `next dev` run
 * children of their own) and Ctrl-C in the terminal reaches only the launcher,
 * which stops them in order.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { isAlive } from "./pid-files.ts";

export function signalGroup(leaderPid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-leaderPid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** SIGTERM, then SIGKILL after `graceMs`: for a group we did not spawn in this run (no exit event to wait on). */
export async function terminateGroup(leaderPid: number, graceMs: number): Promise<void> {
  signalGroup(leaderPid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (isAlive(leaderPid) && Date.now() < deadline) await sleep(100);
  signalGroup(leaderPid, "SIGKILL");
}
