/** One launcher per checkout: a second `pnpm start` explains instead of fighting over ports and data. */
import { LauncherError } from "./lib/errors.ts";
import { readPidRecord, removePidRecord, writePidRecord, isStillRunning } from "./lib/pid-files.ts";

const NAME = "launcher";

export interface InstanceLock {
  release(): Promise<void>;
}

export async function acquireInstanceLock(): Promise<InstanceLock> {
  const previous = await readPidRecord(NAME);
  if (previous && previous.pid !== process.pid && (await isStillRunning(previous))) {
    throw new LauncherError(
      `Traction is already running from this folder (launcher pid ${previous.pid}). Stop it with Ctrl-C in its terminal, or \`kill ${previous.pid}\`.`,
    );
  }
  await writePidRecord(NAME, { pid: process.pid, cwd: process.cwd() });
  return { release: () => removePidRecord(NAME) };
}
