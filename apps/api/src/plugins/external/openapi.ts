/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate
 * requests and serialize responses, finished by `openapi/document.ts`, served
 * at /api/v1/openapi.json, with the interactive reference at /docs.
 */
import { readFileSync } from "node:fs";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from "fastify-type-provider-zod";
import { type Document, finishDocument } from "../../openapi/document.ts";
import { zodToJsonOverride } from "../../openapi/zod-override.ts";
import { withSyncHeaders } from "./openapi-sync-headers.ts";

export const OPENAPI_PATH = "/api/v1/openapi.json";

/** The API's version, from its package.json: shown by /docs and in the document's `info`. */
export const API_VERSION = (
  JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="180" height="40" viewBox="0 0 180 40">
<rect width="40" height="40" rx="8" fill="#1d4ed8"/><path d="M10 27l8-8 5 5 9-11" stroke="#fff" stroke-width="4" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
<text x="50" y="28" font-family="system-ui,sans-serif" font-size="22" font-weight="700" fill="#fff">Traction</text></svg>`;

const zodToJsonConfig = { override: zodToJsonOverride };

/** The request's own origin, for /docs' "Try it" when the document names no PUBLIC_URL. */
const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export default fp(
  async function openapiPlugin(app: FastifyInstance) {
    const { PUBLIC_URL, HOST, PORT } = app.config;
    await app.register(swagger, {
      openapi: {
        openapi: "3.1.0",
        info: {
          title: "Traction API",
          version: API_VERSION,
          description:
            "Traction helps jobseekers find out, with evidence, why their networking is or is not working.\n\n" +
            "Authenticate with `Authorization: Bearer <access token or API key>` (an API key is created in " +
            "Settings → API keys, or with `POST /api/v1/api-keys`). Errors are RFC 9457 problem documents " +
            "(`application/problem+json`) whose `errors` name each bad field. Lists are paginated with " +
            "`limit` and the `nextCursor` of the previous page. Requests over a rate limit answer 429 with `Retry-After`.",
          license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
          contact: { name: "Traction" },
        },
        components: {
          securitySchemes: {
            bearerAuth: {
              type: "http",
              scheme: "bearer",
              bearerFormat: "JWT or trk_ API key",
              description: "An access token from `POST /api/v1/auth/login`, or an API key (`trk_…`).",
            },
          },
        },
      },
      transform: createJsonSchemaTransform({ zodToJsonConfig }),
      transformObject: (input) =>
        finishDocument(withSyncHeaders(createJsonSchemaTransformObject({ zodToJsonConfig })(input)), {
          publicUrl: PUBLIC_URL,
          apiUrl: `http://${HOST}:${PORT}`,
        }),
    });
    await app.register(swaggerUi, {
      routePrefix: "/docs",
      // helmet's policy (plugins/external/index.ts) covers /docs: its own scripts only, and the inline
      // styles swagger-ui sets. swagger-ui's `staticCSP` would replace it with one that refuses those styles.
      staticCSP: false,
      logo: { type: "image/svg+xml", content: Buffer.from(LOGO), href: "/docs", target: "_self" },
      theme: { title: `Traction API ${API_VERSION} — reference` },
      // No validator badge: it would load an image from validator.swagger.io, which the CSP refuses.
      uiConfig: { persistAuthorization: true, validatorUrl: null, deepLinking: true, filter: true },
      // "Try it" from /docs goes to the API that served it (PUBLIC_URL may be another origin).
      transformSpecification: (document, request) => ({
        ...(document as Document),
        servers: [
          { url: origin(request), description: "This API" },
          ...(PUBLIC_URL ? ((document as Document).servers ?? []) : []),
        ],
      }),
    });
    app.get(OPENAPI_PATH, { schema: { hide: true } }, async (request) => {
      const document = app.swagger() as unknown as Document;
      return PUBLIC_URL ? document : { ...document, servers: [{ url: origin(request), description: "This API" }] };
    });
  },
  { name: "openapi", dependencies: ["config"] },
);
