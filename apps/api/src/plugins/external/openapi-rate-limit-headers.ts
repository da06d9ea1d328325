/**
 * Declares the rate-limit headers in the OpenAPI document: `RateLimit-Policy`
 * and `RateLimit` on every answer of a limited operation (the /auth routes,
 * the calendar feed, and every bearer-authenticated route, which an API key
 * may call), and `Retry-After` on each 429. zod describes bodies, not headers,
 * so this runs on the generated document.
 */
const HEADERS = {
  "RateLimit-Policy": {
    description:
      'The limits that applied to this request (IETF httpapi-ratelimit-headers), e.g. `"login";q=30;w=60`: quota `q` per window `w` seconds. API-key and /auth answers only.',
    schema: { type: "string" },
  },
  RateLimit: {
    description:
      'Where the caller stands against each limit, e.g. `"login";r=27;t=42`: `r` requests left, window resets in `t` seconds.',
    schema: { type: "string" },
  },
  "Retry-After": { description: "Seconds to wait before trying again.", schema: { type: "integer", minimum: 1 } },
} as const;

const ref = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });

interface Operation {
  security?: unknown[];
  responses?: Record<string, { headers?: Record<string, unknown> }>;
}
interface Document {
  paths?: Record<string, Record<string, Operation>>;
  components?: Record<string, unknown>;
}

const isLimited = (path: string, operation: Operation) =>
  path.startsWith("/api/v1/auth/") || path.startsWith("/api/v1/calendar/") || (operation.security?.length ?? 0) > 0;

export function withRateLimitHeaders<T>(document: T): T {
  const doc = document as Document;
  doc.components = { ...doc.components, headers: { ...(doc.components?.headers as object | undefined), ...HEADERS } };
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      if (typeof operation !== "object" || !isLimited(path, operation)) continue;
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        response.headers = {
          ...response.headers,
          "RateLimit-Policy": ref("RateLimit-Policy"),
          RateLimit: ref("RateLimit"),
          ...(status === "429" ? { "Retry-After": ref("Retry-After") } : {}),
        };
      }
    }
  }
  return document;
}
