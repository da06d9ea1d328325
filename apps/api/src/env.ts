/**
 * The API's configuration, parsed once from the environment at boot. Nothing
 * else in the API reads `process.env`.
 */
import { isIP } from "node:net";
import { z } from "zod";

const ZCsvSchema = z.string().transform((value) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean),
);

/**
 * Which proxies may tell us the client's address (`X-Forwarded-For`): unset
 * trusts none (the socket's address is the client); a number trusts that many
 * hops; otherwise a comma-separated list of addresses, CIDR ranges or
 * proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`).
 */
const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);
const ZTrustProxySchema = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx): false | number | string[] => {
    if (value === undefined || value === "" || value === "false" || value === "0") return false;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    for (const entry of entries) {
      const [address = "", prefix, extra] = entry.split("/");
      const family = isIP(address);
      const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
      if (!PROXY_NAMES.has(entry) && (family === 0 || !prefixOk || extra !== undefined)) {
        ctx.addIssue({
          code: "custom",
          message: `"${entry}" is not an address, a CIDR range, loopback, linklocal, uniquelocal or a hop count`,
        });
        return z.NEVER;
      }
    }
    return entries;
  });

const ZConfigFields = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  /** Where users reach Traction; links the API hands out (the calendar feed) start with it. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, message: "must be an http(s):// URL" }).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, message: "must be a postgresql:// URL" }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** A streaming replica for reads that tolerate lag (insights, rosters, benchmarks); see lib/read-router.ts. */
  DATABASE_REPLICA_URL: z.url({ protocol: /^postgres(ql)?$/, message: "must be a postgresql:// URL" }).optional(),
  JWT_SECRET: z.string().optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  CORS_ORIGINS: ZCsvSchema.default([]),
  AUTH_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
  AUTH_RATE_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(10),
  AUTH_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  /** Refresh and sign-out per client address per auth window: generous, a refresh proves possession of a token. */
  AUTH_REFRESH_RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(300),
  /** Coaches' invitations by email per hour: to one address (from all coaches), and from one coach. */
  INVITE_RATE_LIMIT_PER_EMAIL: z.coerce.number().int().min(1).default(3),
  INVITE_RATE_LIMIT_PER_COACH: z.coerce.number().int().min(1).default(30),
  API_KEY_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  API_KEY_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  TRUST_PROXY: ZTrustProxySchema,
  /** Rate-limit counters go to this Redis when set; otherwise to PostgreSQL (`rate_limits`). */
  REDIS_URL: z.url({ protocol: /^rediss?$/, message: "must be a redis:// or rediss:// URL" }).optional(),
  IMPORT_BATCH_SIZE: z.coerce.number().int().min(1).max(5_000).default(500),
  IMPORT_MAX_FILE_MB: z.coerce.number().int().min(1).max(200).default(20),
  /** Webhook delivery (pg-boss workers): on by default, off by default in tests. */
  WEBHOOK_WORKER: z.enum(["on", "off"]).optional(),
  WEBHOOK_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(8),
  WEBHOOK_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(10),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  WEBHOOK_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(10).default(250),
  WEBHOOK_FLAGS_CRON: z.string().min(9).default("*/15 * * * *"),
  /** Where email goes out (`smtp://user:pass@host:587`, `smtps://…`); without it nothing is sent and mail waits in the outbox. */
  SMTP_URL: z.url({ protocol: /^smtps?$/, message: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().min(3).default("Traction <no-reply@traction.local>"),
  /** Email sending (pg-boss workers): on by default, off by default in tests. */
  MAIL_WORKER: z.enum(["on", "off"]).optional(),
  MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(6),
  MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(30),
  /** When the scheduled emails (Monday's digest, the daily reminders) are looked for. */
  MAIL_SCHEDULE_CRON: z.string().min(9).default("*/15 * * * *"),
  /** The local hour (in each user's time zone) from which the digest and reminders go out. */
  MAIL_SEND_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  /** The weekly health history (pg-boss worker): on by default, off by default in tests. */
  HEALTH_HISTORY_WORKER: z.enum(["on", "off"]).optional(),
  /** When the job looks for weeks that have ended (in each client's time zone) without a health snapshot. */
  HEALTH_HISTORY_CRON: z.string().min(9).default("7 * * * *"),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).default(25),
  INSIGHTS_CACHE_ENTRIES: z.coerce.number().int().min(0).default(2_000),
  /** Users (id and role) an API process keeps for authentication; forgotten on deletion or role change (LISTEN/NOTIFY). */
  USER_CACHE_ENTRIES: z.coerce.number().int().min(0).default(10_000),
  DATA_CHANGE_FOLD_SECONDS: z.coerce.number().int().min(1).default(60),
});

/** Every variable the API reads; the README's configuration table documents each one. */
export const CONFIG_VARIABLES = Object.keys(ZConfigFields.shape);

export const ZConfigSchema = ZConfigFields.superRefine((config, ctx) => {
  if (config.NODE_ENV === "production" && (config.JWT_SECRET?.length ?? 0) < 32) {
    ctx.addIssue({
      code: "custom",
      path: ["JWT_SECRET"],
      message: "is required in production and must be at least 32 characters",
    });
  }
}).transform((config) => ({
  ...config,
  // Outside production a fixed development secret keeps `pnpm dev` zero-config.
  JWT_SECRET: config.JWT_SECRET ?? "traction-development-secret-not-for-production-use",
}));

export type Config = z.infer<typeof ZConfigSchema>;
export type ConfigInput = z.input<typeof ZConfigSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const result = ZConfigSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "(config)"}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
