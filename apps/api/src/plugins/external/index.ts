/**
 * Third-party plugins, registered before our own. Each is configured from
 * `app.config` and nothing else.
 */
import cookie from "@fastify/cookie";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

export default fp(
  async function externalPlugins(app: FastifyInstance) {
    const production = app.config.NODE_ENV === "production";
    await app.register(helmet, {
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
