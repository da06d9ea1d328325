/**
 * What an API key may do, decided in one place: the hook that
 * `routes/api/v1/index.ts` adds to the whole authenticated tree. A key acts as
 * its owner, except that
 * - a `read` key may only read (GET, HEAD);
 * - a `write` key may change records, but not grant access or send data out:
 *   creating coach invites (codes and invitations by email, and answering
 *   them), coach links and webhooks (and ending links, withdrawing
 *   invitations, deleting webhooks) needs a session or a key with the explicit `admin` scope;
 * - no key, not even `admin`, may manage credentials or the account itself: API
 *   keys, the calendar feed's secret URL, the account's export, settings, password and deletion
 *   (and the `/auth` routes, which take no bearer token anyway);
 * - each key has its own rate limit.
 * A session (access token) is never limited here.
 */
import type { TApiKeyScope } from "@traction/schemas";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Limit } from "../plugins/app/rate-limits.ts";
import { forbidden } from "./errors.ts";

const READ_METHODS = new Set(["GET", "HEAD"]);

/** Route patterns (as Fastify names them) that only a signed-in person may call, by method ("*": any). */
interface Rule {
  method: string;
  url: string;
  subtree?: boolean;
}

const SESSION_ONLY: ReadonlyArray<Rule> = [
  { method: "*", url: "/api/v1/auth", subtree: true },
  { method: "*", url: "/api/v1/api-keys", subtree: true },
  { method: "*", url: "/api/v1/calendar-feed", subtree: true },
  { method: "*", url: "/api/v1/me/export" },
  { method: "DELETE", url: "/api/v1/me" },
  { method: "PATCH", url: "/api/v1/me" },
  { method: "*", url: "/api/v1/me/password" },
];

/** Route patterns whose changes (any method but GET and HEAD) need the `admin` scope: who gets access, where data goes. */
const ADMIN_ONLY: ReadonlyArray<Rule> = [
  { method: "*", url: "/api/v1/coach-invites", subtree: true },
  { method: "*", url: "/api/v1/coach/links", subtree: true },
  { method: "*", url: "/api/v1/coach/invites", subtree: true },
  { method: "*", url: "/api/v1/coaches", subtree: true },
  { method: "*", url: "/api/v1/webhooks", subtree: true },
  { method: "*", url: "/api/v1/orgs", subtree: true },
  { method: "*", url: "/api/v1/org-invites", subtree: true },
  { method: "*", url: "/api/v1/enrolments", subtree: true },
];

const matches = (rule: Rule, method: string, url: string) =>
  (rule.method === "*" || rule.method === method) &&
  (url === rule.url || (rule.subtree === true && url.startsWith(`${rule.url}/`)));

/** Why a key with `scopes` may not call `method routeUrl`, or null when it may. */
export function apiKeyRefusal(method: string, routeUrl: string, scopes: readonly TApiKeyScope[]): string | null {
  if (SESSION_ONLY.some((rule) => matches(rule, method, routeUrl))) {
    return "API keys cannot manage credentials or the account; sign in to do this";
  }
  if (READ_METHODS.has(method)) return null;
  if (ADMIN_ONLY.some((rule) => matches(rule, method, routeUrl))) {
    return scopes.includes("admin")
      ? null
      : "Invites, coach links and webhooks need a signed-in person or an API key with the `admin` scope";
  }
  if (!scopes.includes("write") && !scopes.includes("admin")) return "This API key is read-only (scope `read`)";
  return null;
}

/**
 * The onRequest hook, run after `app.authenticate`: the per-key rate limit (shared by
 * every API process, reported in `RateLimit` headers on each key's answers), then the policy above.
 */
export function apiKeyGuard(perKey: Limit) {
  return async function guardApiKey(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const { user } = request;
    if (user.via !== "apiKey" || !user.apiKeyId) return;
    await perKey.consume(reply, user.apiKeyId);
    const refusal = apiKeyRefusal(request.method, request.routeOptions.url ?? request.url, user.scopes);
    if (refusal) throw forbidden(refusal);
  };
}
