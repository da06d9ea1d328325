/**
 * Starts the API: parse the config, build the app, listen. On SIGTERM/SIGINT
 * it drains (new requests get 503 + Retry-After + Connection: close, requests
 * already received are answered, connections close once quiet), then stops
 * listening, closes the database pool and exits 0 — within
 * SHUTDOWN_TIMEOUT_SECONDS whatever happens to its log destination.
 */
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig } from "./env.ts";
import { stdoutLogDestination } from "./lib/log-destination.ts";

/** How long the last log lines may take to reach a slow reader at exit. */
const EXIT_FLUSH_MS = 500;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const log = stdoutLogDestination();
  const app = await buildApp(config, { logStream: log.stream });
  const exit = (code: number) => {
    log.abandonAfter(EXIT_FLUSH_MS);
    process.exit(code);
  };
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    const timeoutMs = config.SHUTDOWN_TIMEOUT_SECONDS * 1000;
    app.log.info({ signal }, "shutting down: draining connections, finishing in-flight requests");
    const timer = setTimeout(() => {
      app.log.error("shutdown timed out; exiting");
      exit(1);
    }, timeoutMs);
    timer.unref();
    app
      .drain(timeoutMs / 2)
      .then(() => app.close())
      .then(
        () => {
          app.log.info("shutdown complete");
          exit(0);
        },
        (error: unknown) => {
          app.log.error({ err: error }, "error during shutdown");
          exit(1);
        },
      );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);

  await app.listen({ host: config.HOST, port: config.PORT });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
