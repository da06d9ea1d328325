/**
 * Third-party plugins, registered before our own. Each is configured from
 * `app.config` and nothing else.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import cookie from "@fastify/cookie";
import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import helmet, { type HelmetOptions } from "helmet";

/**
 * The headers helmet sets for `options`, worked out once. With a policy that has no per-request part (no
 * function in a CSP directive: refused here) they are the same on every response, so the API sets this
 * list instead of building helmet's middlewares again on every request as @fastify/helmet did.
 */
export function helmetHeaders(options: HelmetOptions): Array<[string, string]> {
  const directives = typeof options.contentSecurityPolicy === "object" ? options.contentSecurityPolicy.directives : undefined;
  const dynamic = Object.values(directives ?? {}).some(
    (value) => typeof value === "function" || (Array.isArray(value) && value.some((item) => typeof item === "function")),
  );
  if (dynamic) throw new Error("helmetHeaders: a CSP directive computed per request needs helmet on every request");
  const headers: Array<[string, string]> = [];
  const response = {
    setHeader: (name: string, value: string | number) => void headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error("helmet refused the security header options");
  });
  return headers;
}

export default fp(
  async function externalPlugins(app: FastifyInstance) {
    const production = app.config.NODE_ENV === "production";
    const securityHeaders = helmetHeaders({
      hsts: production,
      // The API serves JSON, plus the interactive reference at /docs which needs its own scripts and styles.
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          upgradeInsecureRequests: production ? [] : null,
        },
      },
    });
    // On every response, the 404s and errors too, set on the raw response first as helmet itself does.
    app.addHook("onRequest", (_request, reply, done) => {
      for (const [name, value] of securityHeaders) reply.raw.setHeader(name, value);
      done();
    });
    await app.register(cors, {
      origin: app.config.CORS_ORIGINS.length > 0 ? app.config.CORS_ORIGINS : false,
      credentials: true,
      methods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
      exposedHeaders: ["Retry-After", "X-Request-Id", "RateLimit-Policy", "RateLimit"],
    });
    await app.register(cookie);
    // Rate limits are app.rateLimits (shared by every process). A route still asking for
    // @fastify/rate-limit's per-process counters would silently go unlimited: refuse to start.
    app.addHook("onRoute", (route) => {
      if ((route.config as { rateLimit?: unknown } | undefined)?.rateLimit !== undefined) {
        throw new Error(`${String(route.method)} ${route.url}: use app.rateLimits.define(...), not config.rateLimit`);
      }
    });
  },
  { name: "external", dependencies: ["config"] },
);
