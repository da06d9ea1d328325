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
    apiPort: httpPort(env, "API_PORT", 4000),
    webPort: httpPort(env, "WEB_PORT", 3000),
    postgresPort: port(env, "EMBEDDED_POSTGRES_PORT", 5433),
    databaseUrl: env.DATABASE_URL || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailSmtpPort: port(env, "MAIL_SMTP_PORT", 1025),
    mailInboxPort: httpPort(env, "MAIL_INBOX_PORT", 1080),
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

/**
 * The ports browsers and fetch() refuse to reach ("bad ports" of the WHATWG
 * Fetch standard: other protocols' well-known ports). A web server on one of
 * them would start, but nothing could open it.
 */
const BLOCKED_BY_BROWSERS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113,
  115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556,
  563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667,
  6668, 6669, 6679, 6697, 10080,
]);

function httpPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = port(env, name, fallback);
  if (BLOCKED_BY_BROWSERS.has(value)) {
    throw new LauncherError(`${name}=${value} is a port browsers refuse to open (reserved for another protocol); choose another`);
  }
  return value;
}
