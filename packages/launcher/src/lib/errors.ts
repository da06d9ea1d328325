/**
 * A failure the user can act on: printed as its message alone, without a stack
 * trace. Anything else is a bug and is printed in full.
 */
export class LauncherError extends Error {
  override name = "LauncherError";
}

/** Thrown out of a step when Ctrl-C (or SIGTERM) asked the launcher to stop. */
export class StopRequested extends Error {
  override name = "StopRequested";
  constructor() {
    super("stop requested");
  }
}

export function throwIfStopping(signal: AbortSignal): void {
  if (signal.aborted) throw new StopRequested();
}
