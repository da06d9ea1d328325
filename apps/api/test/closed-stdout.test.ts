/**
 * SIGTERM whatever happens to the log's reader (issue 13, item 11): the real
 * server process with its stdout a pipe that is destroyed, or that nobody
 * reads any more (a full pipe), must still exit 0 within its shutdown timeout.
 * It used to hang: pino wrote synchronously and retried a full pipe forever.
 */
import { describe, expect, it } from "vitest";
import { startApi, type ApiProcess } from "./helpers/api-process.ts";
import { useTestApp } from "./helpers/app.ts";

const ctx = useTestApp();
const SHUTDOWN_TIMEOUT_SECONDS = 3;

/** Enough requests to write far more log lines than a pipe holds (64 KiB). */
async function produceLogLines(api: ApiProcess): Promise<void> {
  const rounds = Array.from({ length: 20 }, async () => {
    for (let index = 0; index < 25; index += 1) {
      await fetch(`${api.url}/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
    }
  });
  await Promise.all(rounds);
}

async function exitsWithin(api: ApiProcess, ms: number): Promise<number | null | "still running"> {
  const started = Date.now();
  api.child.kill("SIGTERM");
  const result = await Promise.race([
    api.exited,
    new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), ms)),
  ]);
  if (result === "still running") api.child.kill("SIGKILL");
  else console.log(`exited ${result} after ${Date.now() - started} ms`);
  return result;
}

describe("SIGTERM with stdout gone or stuck", () => {
  it.each([
    ["destroyed", (api: ApiProcess) => api.child.stdout.destroy()],
    ["no longer read (a full pipe)", (api: ApiProcess) => api.child.stdout.pause()],
  ])(
    "exits 0 within the shutdown timeout when stdout is %s",
    async (_label, breakStdout) => {
      const api = await startApi(ctx.databaseUrl, {
        LOG_LEVEL: "info",
        SHUTDOWN_TIMEOUT_SECONDS: String(SHUTDOWN_TIMEOUT_SECONDS),
      });
      breakStdout(api);
      await produceLogLines(api);
      expect(await exitsWithin(api, (SHUTDOWN_TIMEOUT_SECONDS + 3) * 1000)).toBe(0);
    },
    90_000,
  );
});
