/**
 * The e2e stack, for real: a fresh PostgreSQL database migrated with the
 * project's migrations, the API from source, and the dashboard from
 * `next build` + `next start`. The returned function stops both servers and
 * drops the database, also when setup fails halfway.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { startDevInbox } from "../../../../packages/launcher/src/mail/dev-inbox.ts";
import { createDatabase, databaseUrl, dropDatabase, dropStaleDatabases, newDatabaseName } from "./database.ts";
import { assertPortFree, run, startServer, stopLeftovers } from "./processes.ts";
import { API_PORT, API_URL, REPO_ROOT, WEB_PORT, WEB_ROOT, WEB_URL } from "./settings.ts";

const NEXT = path.join(WEB_ROOT, "node_modules/.bin/next");
const PRISMA = path.join(REPO_ROOT, "node_modules/.bin/prisma");

export default async function globalSetup(): Promise<() => Promise<void>> {
  const cleanups: Array<() => Promise<unknown>> = [];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => console.error("e2e teardown:", error));
    }
  };

  const started = performance.now();
  try {
    await stopLeftovers();
    await Promise.all([assertPortFree(API_PORT), assertPortFree(WEB_PORT)]);
    await dropStaleDatabases();

    // Every email the API sends lands in a local inbox the specs read (E2E_INBOX_URL).
    const inbox = await startDevInbox({ smtpPort: 0, httpPort: 0 });
    cleanups.push(() => inbox.close());
    process.env.E2E_INBOX_URL = inbox.inboxUrl;

    const database = newDatabaseName();
    await createDatabase(database);
    cleanups.push(() => dropDatabase(database));
    // For specs and setups that seed data straight into the database (`pnpm screenshots`; test workers inherit it).
    process.env.E2E_DATABASE_URL = databaseUrl(database);

    // The build takes the longest; migrate and start the API meanwhile. Both settle before
    // anything is reported, so that a failure never leaves the other running.
    const [api, build] = await Promise.allSettled([startApi(databaseUrl(database), inbox.smtpUrl), buildWeb()]);
    if (api.status === "fulfilled") cleanups.push(() => api.value.stop());
    for (const result of [api, build]) if (result.status === "rejected") throw result.reason;
    const web = await startServer("web", NEXT, ["start", "-p", String(WEB_PORT), "-H", "127.0.0.1"], {
      cwd: WEB_ROOT,
      env: webEnv(),
      readyUrl: `${WEB_URL}/login`,
    });
    cleanups.push(() => web.stop());
    console.log(
      `e2e: ${database}, API ${API_URL}, web ${WEB_URL}; ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

async function startApi(url: string, smtpUrl: string) {
  await run("migrate", PRISMA, ["migrate", "deploy"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
  });
  return startServer("api", "pnpm", ["--filter", "@traction/api", "exec", "tsx", "src/server.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: url,
      HOST: "127.0.0.1",
      PORT: String(API_PORT),
      NODE_ENV: "test",
      JWT_SECRET: randomBytes(32).toString("hex"),
      LOG_LEVEL: "warn",
      AUTH_RATE_LIMIT_PER_IP: "10000",
      AUTH_RATE_LIMIT_PER_EMAIL: "1000",
      SMTP_URL: smtpUrl,
      MAIL_WORKER: "on",
      // A cohort's health history is filled in the background after each enrolment.
      HEALTH_HISTORY_WORKER: "on",
      // Links in emails open the dashboard.
      PUBLIC_URL: WEB_URL,
    },
    readyUrl: `${API_URL}/ready`,
  });
}

function buildWeb(): Promise<void> {
  return run("build", NEXT, ["build"], { cwd: WEB_ROOT, env: webEnv() });
}

function webEnv(): NodeJS.ProcessEnv {
  // API_URL is read by next.config.ts at build time (the /api rewrite). `pnpm test` type-checked already.
  return { ...process.env, NODE_ENV: "production", API_URL, NEXT_TELEMETRY_DISABLED: "1", NEXT_SKIP_TYPECHECK: "1" };
}
