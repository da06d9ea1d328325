/**
 * Rate limits that hold across every API process sharing one database: the
 * counters live in PostgreSQL (`rate_limits`, created by a migration, written
 * through the app's own connection pool) or, when `REDIS_URL` is set, in Redis.
 * rate-limiter-flexible does the counting (one atomic statement per hit).
 *
 * A route or hook takes a `Limit` from `app.rateLimits.define(...)` and calls
 * `consume(reply, key)`: every limit a request met is reported in the
 * `RateLimit-Policy` and `RateLimit` headers (IETF httpapi-ratelimit-headers),
 * and the one that is exhausted answers 429 with `Retry-After`, naming itself
 * in the headers and the problem's detail. See docs/decisions/0012-shared-rate-limits.md.
 */
import { createHash } from "node:crypto";
import type { Database } from "@traction/db";
import type { FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";
import { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { AppError } from "../../lib/errors.ts";

export interface LimitPolicy {
  /** Names the limit in the headers and the 429 (a short token: `login`, `api-key`). */
  name: string;
  /** Requests (or failures) allowed per window. */
  quota: number;
  windowSeconds: number;
  /** Who is limited, for the 429 a person reads: "sign-in attempts from your network". */
  what: string;
}

/** Where a key stands against a limit after a request. */
export interface LimitState {
  policy: LimitPolicy;
  /** How many requests are left in this window. */
  remaining: number;
  /** Seconds until the window resets (or a block ends). */
  resetSeconds: number;
}

export const RATE_LIMIT_POLICY_HEADER = "RateLimit-Policy";
export const RATE_LIMIT_HEADER = "RateLimit";

/** `"login";q=30;w=60` — one item of the RateLimit-Policy field (a structured-field list). */
export const policyItem = ({ name, quota, windowSeconds }: LimitPolicy) => `"${name}";q=${quota};w=${windowSeconds}`;
/** `"login";r=27;t=42` — one item of the RateLimit field. */
export const stateItem = ({ policy, remaining, resetSeconds }: LimitState) => `"${policy.name}";r=${remaining};t=${resetSeconds}`;

const reported = new WeakMap<FastifyReply, Map<string, LimitState>>();

/** Adds (or updates) one limit in the reply's `RateLimit-Policy` and `RateLimit` headers. */
export function reportLimit(reply: FastifyReply, state: LimitState): void {
  const states = reported.get(reply) ?? new Map<string, LimitState>();
  reported.set(reply, states);
  states.set(state.policy.name, state);
  const all = [...states.values()];
  reply.header(RATE_LIMIT_POLICY_HEADER, all.map((item) => policyItem(item.policy)).join(", "));
  reply.header(RATE_LIMIT_HEADER, all.map(stateItem).join(", "));
}

function rateLimited(reply: FastifyReply, state: LimitState): AppError {
  const { policy, resetSeconds } = state;
  reply.header("Retry-After", String(resetSeconds));
  return new AppError(
    "RATE_LIMITED",
    `Too many ${policy.what} (limit "${policy.name}": ${policy.quota} per ${policy.windowSeconds} s); ` +
      `try again in ${resetSeconds} s`,
  );
}

/** Subjects (emails, addresses, key ids) are hashed: the store never holds them in clear. */
const hashKey = (key: string) => createHash("sha256").update(key).digest("base64url").slice(0, 32);

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export class Limit {
  constructor(
    readonly policy: LimitPolicy,
    private readonly counter: RateLimiterAbstract,
  ) {}

  /**
   * Counts one request for `key`, reports it on the reply and throws the 429
   * when the quota is spent. The usual way to apply a limit.
   */
  async consume(reply: FastifyReply, key: string): Promise<LimitState> {
    const { state, allowed } = await this.hit(key);
    this.report(reply, state);
    if (!allowed) throw this.refuse(reply, state);
    return state;
  }

  /** Counts one request (or failure) for `key` without reporting or refusing; `used` is the count so far. */
  async hit(key: string): Promise<{ state: LimitState; used: number; allowed: boolean }> {
    try {
      const result = await this.counter.consume(hashKey(key));
      return { state: this.#state(result), used: result.consumedPoints, allowed: true };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { state: this.#state(rejection), used: rejection.consumedPoints, allowed: false };
    }
  }

  /** Where `key` stands, without counting. */
  async peek(key: string): Promise<{ state: LimitState; used: number }> {
    const result = await this.counter.get(hashKey(key));
    if (!result) return { state: { policy: this.policy, remaining: this.policy.quota, resetSeconds: 0 }, used: 0 };
    return { state: this.#state(result), used: result.consumedPoints };
  }

  /** Spends `key`'s quota for `seconds` (a backoff): `peek` shows it used up until then. */
  async block(key: string, seconds: number): Promise<void> {
    await this.counter.block(hashKey(key), seconds);
  }

  /** Forgets `key` (a successful sign-in clears its failures). */
  async reset(key: string): Promise<void> {
    await this.counter.delete(hashKey(key));
  }

  /** Adds this limit to the reply's `RateLimit-Policy` and `RateLimit` headers. */
  report(reply: FastifyReply, state: LimitState): void {
    reportLimit(reply, state);
  }

  /** The 429 for this limit: `Retry-After`, and a detail naming the limit. */
  refuse(reply: FastifyReply, state: LimitState): AppError {
    reportLimit(reply, state);
    return rateLimited(reply, state);
  }

  #state(result: RateLimiterRes): LimitState {
    return {
      policy: this.policy,
      remaining: Math.max(0, this.policy.quota - result.consumedPoints),
      resetSeconds: result.msBeforeNext < 0 ? this.policy.windowSeconds : seconds(result.msBeforeNext),
    };
  }
}

export interface RateLimits {
  /** Which store holds the counters. */
  readonly store: "postgres" | "redis";
  /** A limit with its own counters (the name must be unique in the app). */
  define(policy: LimitPolicy): Limit;
}

declare module "fastify" {
  interface FastifyInstance {
    rateLimits: RateLimits;
  }
}

export const RATE_LIMIT_TABLE = "rate_limits";

/**
 * rate-limiter-flexible's PostgreSQL store speaks to a `pg`-like client; this
 * one runs its statements on Prisma's pool, so limits take no connections of
 * their own. (Its `bigint` epoch-millisecond `expire` comes back a BigInt.)
 */
function prismaQueryClient(db: Database) {
  return {
    async query({ text, values = [] }: { text: string; values?: unknown[] }) {
      if (/^\s*DELETE\b/i.test(text)) {
        const rowCount = await db.$executeRawUnsafe(text, ...values);
        return { rows: [], rowCount };
      }
      const rows = await db.$queryRawUnsafe<Array<{ points: number; expire: bigint | number | null }>>(text, ...values);
      return {
        rows: rows.map((row) => ({ points: Number(row.points), expire: row.expire === null ? null : Number(row.expire) })),
        rowCount: rows.length,
      };
    },
  };
}

/** Rows whose window ended more than this long ago are deleted (every few minutes, by each process). */
const CLEANUP_INTERVAL_MS = 5 * 60_000;

export default fp(
  async function rateLimitsPlugin(app: FastifyInstance) {
    const { REDIS_URL } = app.config;
    const names = new Set<string>();
    let redis: Redis | undefined;
    let makeCounter: (policy: LimitPolicy) => RateLimiterAbstract;

    if (REDIS_URL) {
      // The database's name keeps deployments (and test databases) that share one Redis apart.
      const database = new URL(app.config.DATABASE_URL).pathname.slice(1) || "traction";
      const client = new Redis(REDIS_URL, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
      client.on("error", (error) => app.log.warn({ err: error }, "redis connection failed"));
      await client.connect();
      redis = client;
      makeCounter = (policy) =>
        new RateLimiterRedis({
          storeClient: client,
          keyPrefix: `traction:${database}:rl:${policy.name}`,
          points: policy.quota,
          duration: policy.windowSeconds,
          rejectIfRedisNotReady: true,
          // While Redis is unreachable each process counts on its own rather than failing requests.
          insuranceLimiter: new RateLimiterMemory({ points: policy.quota, duration: policy.windowSeconds }),
        });
    } else {
      const storeClient = prismaQueryClient(app.db);
      makeCounter = (policy) =>
        new RateLimiterPostgres({
          storeClient,
          storeType: "client",
          tableName: RATE_LIMIT_TABLE,
          tableCreated: true,
          clearExpiredByTimeout: false,
          keyPrefix: policy.name,
          points: policy.quota,
          duration: policy.windowSeconds,
        });
      const cleanup = setInterval(() => {
        app.db
          .$executeRawUnsafe(`DELETE FROM "${RATE_LIMIT_TABLE}" WHERE expire < $1`, Date.now() - 3_600_000)
          .catch((error: unknown) => app.log.warn({ err: error }, "could not delete expired rate-limit counters"));
      }, CLEANUP_INTERVAL_MS);
      cleanup.unref();
      app.addHook("onClose", () => clearInterval(cleanup));
    }

    app.decorate("rateLimits", {
      store: redis ? "redis" : "postgres",
      define(policy: LimitPolicy): Limit {
        if (names.has(policy.name)) throw new Error(`Rate limit "${policy.name}" is defined twice`);
        names.add(policy.name);
        return new Limit(policy, makeCounter(policy));
      },
    } satisfies RateLimits);

    if (redis) {
      const client = redis;
      app.addHook("onClose", async () => {
        await client.quit().catch(() => client.disconnect());
      });
    }
  },
  { name: "rate-limits", dependencies: ["config", "database"] },
);
