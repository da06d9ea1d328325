/** The launcher's own output: one line per step, with how long it took. */
import { StopRequested } from "./errors.ts";

export function say(message: string): void {
  console.log(`traction: ${message}`);
}

export function warn(message: string): void {
  console.warn(`traction: warning: ${message}`);
}

export function seconds(sinceMs: number): string {
  return `${((performance.now() - sinceMs) / 1000).toFixed(1)}s`;
}

/** Runs one step and reports its duration (or that it failed). */
export async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  say(`${label}…`);
  try {
    const result = await run();
    say(`${label}: done in ${seconds(started)}`);
    return result;
  } catch (error) {
    if (!(error instanceof StopRequested)) say(`${label}: failed after ${seconds(started)}`);
    throw error;
  }
}
