/**
 * What an API key may do, decided in one place: the hook that
 * `routes/api/v1/index.ts` adds to the whole authenticated tree. A key acts as
 * its owner, except that
 * - a `read` key may only read (GET, HEAD);
 * - no key may manage credentials or the account itself: API keys, the
 *   calendar feed's secret URL, the account's export, settings, password and deletion
 *   (and the `/auth` routes, which take no bearer token anyway);
 * - each key has its own rate limit.
 * A session (access token) is never limited here.
 */
import type { TApiKeyScope } from "@traction/schemas";
import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError, forbidden } from "./errors.ts";
import { FixedWindowLimiter } from "./fixed-window-limiter.ts";

const READ_METHODS = new Set(["GET", "HEAD"]);

/** Route patterns (as Fastify names them) that only a signed-in person may call, by method ("*": any). */
const SESSION_ONLY: ReadonlyArray<{ method: string; url: string; subtree?: boolean }> = [
  { method: "*", url: "/api/v1/auth", subtree: true },
  { method: "*", url: "/api/v1/api-keys", subtree: true },
  { method: "*", url: "/api/v1/calendar-feed", subtree: true },
  { method: "*", url: "/api/v1/me/export" },
  { method: "DELETE", url: "/api/v1/me" },
  { method: "PATCH", url: "/api/v1/me" },
  { method: "*", url: "/api/v1/me/password" },
];

const matches = (rule: (typeof SESSION_ONLY)[number], method: string, url: string) =>
  (rule.method === "*" || rule.method === method) &&
  (url === rule.url || (rule.subtree === true && url.startsWith(`${rule.url}/`)));

/** Why a key with `scopes` may not call `method routeUrl`, or null when it may. */
export function apiKeyRefusal(method: string, routeUrl: string, scopes: readonly TApiKeyScope[]): string | null {
  if (SESSION_ONLY.some((rule) => matches(rule, method, routeUrl))) {
    return "API keys cannot manage credentials or the account; sign in to do this";
  }
  if (!READ_METHODS.has(method) && !scopes.includes("write")) return "This API key is read-only (scope `read`)";
  return null;
}

export interface ApiKeyLimits {
  max: number;
  windowMs: number;
}

/** The onRequest hook, run after `app.authenticate`: the per-key rate limit, then the policy above. */
export function apiKeyGuard(limits: ApiKeyLimits) {
  const perKey = new FixedWindowLimiter(limits.max, limits.windowMs);
  return async function guardApiKey(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const { user } = request;
    if (user.via !== "apiKey" || !user.apiKeyId) return;
    const limit = perKey.hit(user.apiKeyId);
    if (!limit.allowed) {
      reply.header("Retry-After", String(limit.retryAfterSeconds));
      throw new AppError("RATE_LIMITED", `Too many requests with this API key; retry in ${limit.retryAfterSeconds} s`);
    }
    const refusal = apiKeyRefusal(request.method, request.routeOptions.url ?? request.url, user.scopes);
    if (refusal) throw forbidden(refusal);
  };
}
