/**
 * `pnpm start` and `pnpm dev`, in order: the database (embedded unless
 * DATABASE_URL is set), migrations and seed, the builds that are missing or
 * stale (production only), then the API and the dashboard. Once both answer,
 * print where they are and wait for Ctrl-C; then stop the dashboard and the
 * API, and the embedded database last.
 */
import { ensureBuilt } from "./build/ensure-built.ts";
import { startEmbeddedDatabase } from "./database/embedded-database.ts";
import { prepareDatabase } from "./database/prepare-database.ts";
import { externalDatabase, type DatabaseTarget } from "./database/target.ts";
import { acquireInstanceLock } from "./instance-lock.ts";
import { Cleanup } from "./lib/cleanup.ts";
import { LauncherError, throwIfStopping } from "./lib/errors.ts";
import { seconds, step } from "./lib/log.ts";
import { dataPath } from "./lib/paths.ts";
import { assertPortFree } from "./lib/ports.ts";
import { readOrCreateSecret } from "./lib/secrets.ts";
import { httpOk, portOpen, waitUntil, type Probe } from "./lib/wait.ts";
import type { LaunchOptions } from "./options.ts";
import { stopLeftoverServices } from "./services/leftovers.ts";
import { Service } from "./services/service.ts";
import { apiService, apiUrl, buildTargets, SERVICES, webService } from "./services/traction-services.ts";
import type { StopSignals } from "./stop-signals.ts";
import { startDevInbox } from "./mail/dev-inbox.ts";
import { printSummary } from "./summary.ts";

// Generous: `next dev` compiles on demand and a cold machine is slow.
const READY_TIMEOUT_MS = 120_000;

export async function launch(options: LaunchOptions, signals: StopSignals): Promise<void> {
  const started = performance.now();
  const lock = await acquireInstanceLock();
  const cleanup = new Cleanup();
  try {
    await stopLeftoverServices(SERVICES);
    await assertPortFree(options.apiPort, "API", "API_PORT");
    await assertPortFree(options.webPort, "dashboard", "WEB_PORT");

    const database = await openDatabase(options);
    cleanup.add(() => database.stop());
    throwIfStopping(signals.stop);
    await prepareDatabase(database.url, signals.stop);

    if (options.mode === "production") {
      for (const target of buildTargets(options)) await ensureBuilt(target, signals.stop);
    }
    const jwtSecret = await readOrCreateSecret(dataPath("jwt-secret"));
    throwIfStopping(signals.stop);

    // Without SMTP_URL, every email Traction sends lands in a local inbox a person can read.
    const inbox = options.smtpUrl
      ? undefined
      : await step("starting the local mail inbox", () =>
          startDevInbox({ smtpPort: options.mailSmtpPort, httpPort: options.mailInboxPort }),
        );
    if (inbox) cleanup.add(() => inbox.close());
    const smtpUrl = options.smtpUrl ?? inbox?.smtpUrl;

    const services = await startServices(options, { databaseUrl: database.url, jwtSecret, smtpUrl }, cleanup, signals);
    printSummary(options, database.description, seconds(started), inbox?.inboxUrl ?? "sent through SMTP_URL");
    await untilStopOrExit(services, signals.stop);
  } finally {
    await cleanup.run();
    await lock.release();
  }
}

async function openDatabase(options: LaunchOptions): Promise<DatabaseTarget> {
  if (options.databaseUrl) return externalDatabase(options.databaseUrl);
  return step("starting the embedded PostgreSQL", () => startEmbeddedDatabase(options.postgresPort));
}

async function startServices(
  options: LaunchOptions,
  secrets: Parameters<typeof apiService>[1],
  cleanup: Cleanup,
  signals: StopSignals,
): Promise<Service[]> {
  const api = await Service.start(apiService(options, secrets));
  const web = await Service.start(webService(options)).catch(async (error: unknown) => {
    await api.stop(signals.force);
    throw error;
  });
  cleanup.add(() =>
    step(
      "stopping the API and the dashboard",
      async () => void (await Promise.all([web.stop(signals.force), api.stop(signals.force)])),
    ),
  );

  await step("waiting for the API and the dashboard", () =>
    Promise.all([
      waitForService(api, httpOk(`${apiUrl(options)}/ready`), signals.stop),
      waitForService(web, portOpen(options.webPort), signals.stop),
    ]),
  );
  return [api, web];
}

/** Polls until the service answers; fails as soon as it exits instead. */
function waitForService(service: Service, probe: Probe, stop: AbortSignal): Promise<void> {
  const probeUnlessExited: Probe = async () => {
    if (service.exitCode !== undefined) {
      throw new LauncherError(
        `The ${service.spec.label} exited with code ${service.exitCode} before it was ready (its output is above).`,
      );
    }
    return probe();
  };
  return waitUntil(probeUnlessExited, { what: `The ${service.spec.label}`, timeoutMs: READY_TIMEOUT_MS, signal: stop });
}

/** Returns on Ctrl-C; throws if a service stops on its own. */
async function untilStopOrExit(services: Service[], stop: AbortSignal): Promise<void> {
  const stopped = new Promise<undefined>((resolve) => {
    if (stop.aborted) resolve(undefined);
    stop.addEventListener("abort", () => resolve(undefined), { once: true });
  });
  const exited = await Promise.race([stopped, ...services.map((service) => service.exited.then(() => service))]);
  if (exited)
    throw new LauncherError(`The ${exited.spec.label} stopped unexpectedly (exit code ${exited.exitCode}); stopping everything.`);
}
