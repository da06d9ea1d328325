/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP ask the launcher to stop: the first one
 * stops everything in order, a second one stops the services at once.
 */
import { say } from "./lib/log.ts";

export interface StopSignals {
  /** Aborted by the first signal: finish the current step, then shut down. */
  stop: AbortSignal;
  /** Aborted by the second: kill the services instead of waiting for them. */
  force: AbortSignal;
}

export function listenForStopSignals(): StopSignals {
  const stop = new AbortController();
  const force = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (!stop.signal.aborted) {
      say(`${signal}: stopping (press Ctrl-C again to stop at once)`);
      stop.abort();
    } else if (!force.signal.aborted) {
      say(`${signal}: stopping at once`);
      force.abort();
    }
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);
  return { stop: stop.signal, force: force.signal };
}
