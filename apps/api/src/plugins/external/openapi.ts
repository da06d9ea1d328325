/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate
 * requests, served at /api/v1/openapi.json, with the interactive reference at /docs.
 */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { withSyncHeaders } from "./openapi-sync-headers.ts";
import { withRateLimitHeaders } from "./openapi-rate-limit-headers.ts";

export const OPENAPI_PATH = "/api/v1/openapi.json";

export default fp(
  async function openapiPlugin(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        openapi: "3.1.0",
        info: {
          title: "Traction API",
          version: "1.0.0",
          description:
            "Traction helps jobseekers find out, with evidence, why their networking is or is not working. " +
            "Errors are RFC 9457 problem documents (`application/problem+json`). " +
            "Authenticate with `Authorization: Bearer <access token or API key>`.",
        },
        servers: [],
        components: {
          securitySchemes: {
            bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT or trk_ API key" },
          },
        },
        tags: [
          { name: "system", description: "Liveness and readiness" },
          { name: "auth", description: "Accounts and sessions" },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: (input) => withSyncHeaders(withRateLimitHeaders(jsonSchemaTransformObject(input))),
    });
    await app.register(swaggerUi, { routePrefix: "/docs", staticCSP: true });
    app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
  },
  { name: "openapi" },
);
