/**
 * The application factory: builds and registers everything, never listens.
 * `server.ts` listens; tests call `buildApp()` and `request(app.server)`.
 */
import { randomUUID } from "node:crypto";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import type { DestinationStream, LoggerOptions as PinoLoggerOptions } from "pino";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./env.ts";
import { addContentEtags } from "./lib/content-etag.ts";
import { createSerializerCompiler } from "./lib/response-serializer.ts";
import authPlugin from "./plugins/app/auth.ts";
import insightsPlugin from "./plugins/app/insights.ts";
import configPlugin from "./plugins/app/config.ts";
import databasePlugin from "./plugins/app/database.ts";
import drainPlugin from "./plugins/app/drain.ts";
import healthHistoryPlugin from "./plugins/app/health-history.ts";
import errorsPlugin from "./plugins/app/errors.ts";
import rateLimitsPlugin from "./plugins/app/rate-limits.ts";
import importsPlugin from "./plugins/app/imports.ts";
import mailPlugin from "./plugins/app/mail.ts";
import webhooksPlugin from "./plugins/app/webhooks.ts";
import externalPlugins from "./plugins/external/index.ts";
import openapiPlugin from "./plugins/external/openapi.ts";
import healthRoutes from "./routes/health.ts";
import v1Routes from "./routes/api/v1/index.ts";

export const BODY_LIMIT_BYTES = 1_048_576;

/** A request's URL for the log: the calendar feed's secret (the feed's only credential) replaced. */
export function loggableUrl(url: string): string {
  return url.replace(/^(\/api\/v1\/calendar\/)[^/?#]*/, "$1[redacted].ics");
}

export function loggerOptions(config: Config): PinoLoggerOptions {
  return {
    level: config.LOG_LEVEL,
    serializers: {
      // Fastify's own request serializer, with the URL made loggable.
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: loggableUrl(request.url),
        version: request.headers["accept-version"],
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'res.headers["set-cookie"]',
        "*.password",
        "*.passwordHash",
        "*.accessToken",
        "*.refreshToken",
      ],
      censor: "[redacted]",
    },
  };
}

/** Fastify takes a hop count as a function: trust the nearest `hops` addresses of the chain. */
function trustProxy(setting: Config["TRUST_PROXY"]) {
  if (typeof setting !== "number") return setting;
  return (_address: string, hop: number) => hop < setting;
}

export interface BuildOptions {
  /** Where the log goes (default: stdout). Tests pass a stream to read it. */
  logStream?: DestinationStream;
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const logger = loggerOptions(config);
  const app = Fastify({
    logger: options.logStream ? { ...logger, stream: options.logStream } : logger,
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: (request) => {
      const incoming = request.headers["x-request-id"];
      return typeof incoming === "string" && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    // Only the proxies TRUST_PROXY names may set the client address (X-Forwarded-For); none by default.
    trustProxy: trustProxy(config.TRUST_PROXY),
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  // JSON only: any other body type is a 415, not a string that fails validation.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  // Responses from their zod schemas without zod at run time (lib/response-serializer.ts); tests check each against zod's encoding.
  app.setSerializerCompiler(createSerializerCompiler({ verify: config.NODE_ENV === "test" }));
  // While closing, answer in-flight requests with `Connection: close`, so keep-alive
  // sockets do not hold the shutdown open until their idle timeout.
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  // Callback hooks where nothing is awaited: no promise per request.
  app.addHook("onSend", (request, reply, payload, done) => {
    reply.header("X-Request-Id", request.id);
    if (closing) reply.header("Connection", "close");
    done(null, payload);
  });
  addContentEtags(app);

  await app.register(configPlugin, { config });
  await app.register(errorsPlugin);
  await app.register(drainPlugin);
  await app.register(externalPlugins);
  await app.register(openapiPlugin);
  await app.register(databasePlugin);
  await app.register(rateLimitsPlugin);
  await app.register(authPlugin);
  await app.register(importsPlugin);
  await app.register(webhooksPlugin);
  await app.register(mailPlugin);
  await app.register(insightsPlugin);
  await app.register(healthHistoryPlugin);

  await app.register(healthRoutes);
  await app.register(v1Routes, { prefix: "/api/v1" });

  return app;
}
