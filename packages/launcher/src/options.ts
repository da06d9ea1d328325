/** What `pnpm start` / `pnpm dev` run with: the command line and a few environment variables. */
import { LauncherError } from "./lib/errors.ts";

export type Mode = "production" | "development";

export interface LaunchOptions {
  mode: Mode;
  apiPort: number;
  webPort: number;
  /** Port of the embedded PostgreSQL, used when `databaseUrl` is unset. */
  postgresPort: number;
  /** DATABASE_URL: use that server instead of the embedded one. */
  databaseUrl: string | undefined;
  /** SMTP_URL: send email there; unset, a local inbox catches it (ports below). */
  smtpUrl: string | undefined;
  mailSmtpPort: number;
  mailInboxPort: number;
}

export function readLaunchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): LaunchOptions {
  const unknown = argv.filter((arg) => arg !== "--dev");
  if (unknown.length > 0) throw new LauncherError(`Unknown argument ${unknown.join(" ")}; the only option is --dev`);
  return {
    mode: argv.includes("--dev") ? "development" : "production",
    apiPort: port(env, "API_PORT", 4000),
    webPort: port(env, "WEB_PORT", 3000),
    postgresPort: port(env, "EMBEDDED_POSTGRES_PORT", 5433),
    databaseUrl: env.DATABASE_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailSmtpPort: port(env, "MAIL_SMTP_PORT", 1025),
    mailInboxPort: port(env, "MAIL_INBOX_PORT", 1080),
  };
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535)
    throw new LauncherError(`${name} must be a port number, not "${raw}"`);
  return value;
}
