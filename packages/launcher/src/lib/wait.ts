/** Polling until something answers: the API's /ready, the dashboard's port. */
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { LauncherError, throwIfStopping } from "./errors.ts";

export type Probe = () => Promise<boolean>;

export interface WaitOptions {
  what: string;
  timeoutMs: number;
  signal: AbortSignal;
  intervalMs?: number;
}

export async function waitUntil(probe: Probe, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    throwIfStopping(options.signal);
    if (await probe()) return;
    if (Date.now() > deadline) throw new LauncherError(`${options.what} did not answer within ${options.timeoutMs / 1000}s`);
    await sleep(options.intervalMs ?? 200);
  }
}

/** True when `url` answers with a 2xx status. */
export const httpOk =
  (url: string): Probe =>
  async () => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return response.ok;
    } catch {
      return false;
    }
  };

/** True when something accepts TCP connections on host:port. */
export const portOpen =
  (port: number, host = "127.0.0.1"): Probe =>
  () =>
    new Promise((resolve) => {
      const socket = net.connect({ port, host });
      socket.setTimeout(1_000);
      const finish = (open: boolean) => {
        socket.destroy();
        resolve(open);
      };
      socket.once("connect", () => finish(true));
      socket.once("timeout", () => finish(false));
      socket.once("error", () => finish(false));
    });
