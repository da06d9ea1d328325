/** How the API and the dashboard are built and run, in production (`pnpm start`) and development (`pnpm dev`) mode. */
import type { BuildTarget } from "../build/ensure-built.ts";
import { repoPath } from "../lib/paths.ts";
import type { LaunchOptions } from "../options.ts";
import type { ServiceSpec } from "./service.ts";

const API_DIR = repoPath("apps/api");
const WEB_DIR = repoPath("apps/web");
const HOST = "127.0.0.1";

const API = { name: "api", label: "API" };
const WEB = { name: "web", label: "dashboard" };
export const SERVICES = [API, WEB];

export const apiUrl = (options: LaunchOptions) => `http://${HOST}:${options.apiPort}`;
export const webUrl = (options: LaunchOptions) => `http://${HOST}:${options.webPort}`;

/** The dashboard proxies /api to the API; Next.js fixes that rewrite at build time. */
const webBuildEnv = (options: LaunchOptions) => ({ API_URL: apiUrl(options), NEXT_TELEMETRY_DISABLED: "1" });

export function buildTargets(options: LaunchOptions): BuildTarget[] {
  const schemas = repoPath("packages/schemas/src");
  return [
    {
      label: "API",
      packageName: "@traction/api",
      output: repoPath("apps/api/dist/server.js"),
      inputs: [API_DIR, repoPath("packages/db/src"), schemas],
      env: {},
    },
    {
      label: "dashboard",
      packageName: "@traction/web",
      output: repoPath("apps/web/.next/BUILD_ID"),
      inputs: [WEB_DIR, schemas],
      env: webBuildEnv(options),
    },
  ];
}

export interface ApiSecrets {
  databaseUrl: string;
  jwtSecret: string;
  /** Where the API sends email: SMTP_URL, or the launcher's local inbox. */
  smtpUrl?: string;
}

export function apiService(options: LaunchOptions, secrets: ApiSecrets): ServiceSpec {
  const [command, args] =
    options.mode === "production"
      ? [process.execPath, ["--enable-source-maps", "--max-semi-space-size=64", "dist/server.js"]]
      : [repoPath("apps/api/node_modules/.bin/tsx"), ["watch", "src/server.ts"]];
  return {
    ...API,
    command,
    args,
    cwd: API_DIR,
    env: {
      ...process.env,
      NODE_ENV: options.mode,
      HOST,
      PORT: String(options.apiPort),
      DATABASE_URL: secrets.databaseUrl,
      JWT_SECRET: secrets.jwtSecret,
      // Users reach the API through the dashboard, which forwards /api: links it hands out start there.
      PUBLIC_URL: process.env.PUBLIC_URL ?? webUrl(options),
      ...(secrets.smtpUrl ? { SMTP_URL: secrets.smtpUrl } : {}),
    },
  };
}

export function webService(options: LaunchOptions): ServiceSpec {
  const command = options.mode === "production" ? "start" : "dev";
  return {
    ...WEB,
    command: repoPath("apps/web/node_modules/.bin/next"),
    args: [command, "--port", String(options.webPort), "--hostname", HOST],
    cwd: WEB_DIR,
    env: { ...process.env, NODE_ENV: options.mode, ...webBuildEnv(options) },
  };
}
