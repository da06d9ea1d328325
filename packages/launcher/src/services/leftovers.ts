/**
 * Services a killed launcher left running (its pid files are still there):
 * stop them before starting new ones on the same ports. Their output went to
 * the dead launcher, so they may hang writing a log line on their way out
 * (the API does): a short grace, then SIGKILL.
 */
import { say } from "../lib/log.ts";
import { isStillRunning, readPidRecord, removePidRecord } from "../lib/pid-files.ts";
import { terminateGroup } from "../lib/process-group.ts";

const GRACE_MS = 3_000;

export async function stopLeftoverServices(services: ReadonlyArray<{ name: string; label: string }>): Promise<void> {
  for (const { name, label } of services) {
    const record = await readPidRecord(name);
    if (!record) continue;
    if (await isStillRunning(record)) {
      say(`stopping the ${label} an earlier launcher left running (pid ${record.pid})`);
      await terminateGroup(record.pid, GRACE_MS);
    }
    await removePidRecord(name);
  }
}
