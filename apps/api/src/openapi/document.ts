/**
 * Finishes the document that @fastify/swagger generates from the routes' zod
 * schemas, in one place, so that route files declare only what is theirs
 * (bodies, their own statuses): operation ids, descriptions (who may call the
 * operation), `security: []` on public operations, the error responses every
 * operation can produce (one shared declaration each, RFC 9457
 * `application/problem+json`), rate-limit headers, an example per body, the
 * webhooks' payloads, the servers, and no component that nothing uses.
 */
import type { TApiKeyScope } from "@traction/schemas";
import { apiKeyRefusal } from "../lib/api-key-policy.ts";
import { PROBLEM_CONTENT_TYPE, problem } from "../lib/problem.ts";
import { exampleFor } from "./examples.ts";
import { OPERATION_IDS } from "./operation-ids.ts";
import { TAGS } from "./tags.ts";
import { WEBHOOKS } from "./webhooks.ts";

type Json = Record<string, unknown>;
interface Response {
  $ref?: string;
  description?: string;
  headers?: Json;
  content?: Record<string, { schema?: Json; example?: unknown }>;
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Array<{ in: string; name?: string }>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json; example?: unknown }> };
  responses?: Record<string, Response>;
  servers?: unknown[];
}
export interface Document {
  openapi: string;
  info: Json;
  servers?: Array<{ url: string; description?: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas?: Record<string, Json>; responses?: Json; headers?: Json; securitySchemes?: Json };
  tags?: Array<{ name: string; description: string }>;
  webhooks?: Json;
}

export const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

const header = (description: string, schema: Json, required = false) => ({ description, required, schema });

export const HEADERS = {
  "RateLimit-Policy": header(
    'The limits that applied to this request (IETF httpapi-ratelimit-headers), e.g. `"login";q=30;w=60`: quota `q` per window `w` seconds. Sent on answers to API keys and /auth requests.',
    { type: "string" },
  ),
  RateLimit: header(
    'Where the caller stands against each limit, e.g. `"login";r=27;t=42`: `r` requests left, window resets in `t` seconds. Sent with `RateLimit-Policy`.',
    { type: "string" },
  ),
  "Retry-After": header("Seconds to wait before trying again.", { type: "integer", minimum: 1 }, true),
} as const;

const headerRef = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });
const RATE_LIMIT_HEADERS = { "RateLimit-Policy": headerRef("RateLimit-Policy"), RateLimit: headerRef("RateLimit") };

/** The error responses, declared once; operations refer to them by status. */
const ERRORS: Record<string, { name: string; description: string; code: string; detail: string; retry?: true }> = {
  400: {
    name: "BadRequest",
    description: "The request is invalid (malformed JSON, or a field that fails validation: `errors` names each).",
    code: "VALIDATION_FAILED",
    detail: "The body is invalid",
  },
  401: {
    name: "Unauthorized",
    description: "No valid bearer token (missing, expired, revoked or unknown).",
    code: "UNAUTHORIZED",
    detail: "Sign in to continue",
  },
  403: {
    name: "Forbidden",
    description: "Authenticated, but not allowed to do this (a role, an API key's scope, or a session-only operation).",
    code: "FORBIDDEN",
    detail: "An API key with the read scope cannot change data",
  },
  404: {
    name: "NotFound",
    description: "No such object, or it is not yours (someone else's object answers 404 as well).",
    code: "NOT_FOUND",
    detail: "Contact not found",
  },
  409: {
    name: "Conflict",
    description: "The request conflicts with the current state (a duplicate, a reused idempotency key, an object in use).",
    code: "CONFLICT",
    detail: "This Idempotency-Key was used with a different request",
  },
  413: {
    name: "ContentTooLarge",
    description: "The body is larger than this operation accepts (1 MiB for JSON; uploads: IMPORT_MAX_FILE_MB).",
    code: "BODY_TOO_LARGE",
    detail: "Request body is too large",
  },
  415: {
    name: "UnsupportedMediaType",
    description: "The body is not `application/json` (or `multipart/form-data` for uploads).",
    code: "CTP_INVALID_MEDIA_TYPE",
    detail: "Unsupported Media Type: text/plain",
  },
  429: {
    name: "TooManyRequests",
    description: "A rate limit is exhausted; `detail` names it. Try again after `Retry-After` seconds.",
    code: "RATE_LIMITED",
    detail: "Too many requests with this API key; try again in 42 seconds",
    retry: true,
  },
  500: {
    name: "InternalServerError",
    description: "An unexpected error; it has been logged (the answer never carries its details).",
    code: "INTERNAL",
    detail: "An unexpected error occurred; it has been logged",
  },
  503: {
    name: "ServiceUnavailable",
    description: "The database is unreachable or the server is shutting down. Try again after `Retry-After` seconds.",
    code: "SERVICE_UNAVAILABLE",
    detail: "The database is unavailable; try again shortly",
    retry: true,
  },
};

const SUCCESS: Record<string, string> = {
  200: "OK",
  201: "Created",
  202: "Accepted: the work goes on in the background",
  204: "Done; no content",
};

function errorResponse(status: string): Response {
  const error = ERRORS[status];
  const body = problem(Number(status), error?.code ?? "ERROR", error?.detail ?? "The request failed");
  const example = status === "400" ? { ...body, errors: [{ path: "name", message: "Enter a name" }] } : body;
  return {
    description: error?.description ?? body.title,
    headers: { ...(error?.retry ? { "Retry-After": headerRef("Retry-After") } : {}), ...RATE_LIMIT_HEADERS },
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: "#/components/schemas/Problem" }, example } },
  };
}

/** Routes whose answers carry rate-limit headers: the /auth routes, the calendar feed and every bearer route. */
const isLimited = (path: string, operation: Operation) =>
  path.startsWith("/api/v1/auth/") || path.startsWith("/api/v1/calendar/") || (operation.security?.length ?? 0) > 0;

function whoMayCall(method: string, path: string, operation: Operation): string {
  if ((operation.security?.length ?? 0) === 0) {
    if (path.startsWith("/api/v1/calendar/")) return "No bearer token: the secret in the URL is the credential.";
    if (path.startsWith("/api/v1/email/")) return "No bearer token: the emailed link's token is the credential.";
    return "Public: no authentication.";
  }
  const url = path.replace(/\{(\w+)\}/g, ":$1");
  const allowed = (scopes: TApiKeyScope[]) => apiKeyRefusal(method.toUpperCase(), url, scopes) === null;
  const keys = allowed(["read"])
    ? "an API key with any scope"
    : allowed(["write"])
      ? "an API key with the `write` or `admin` scope"
      : allowed(["admin"])
        ? "an API key with the `admin` scope"
        : null;
  const bearer = keys
    ? `Bearer token: an access token or ${keys} (each key has its own rate limit).`
    : "Bearer token: an access token only (API keys cannot manage credentials or the account).";
  return bearer;
}

/**
 * Uploads parse their multipart body themselves (no body schema on the route, so
 * the generator sees none): their request bodies, declared here.
 */
const UPLOADS: Record<string, Operation["requestBody"]> = {
  "POST /api/v1/imports/linkedin": {
    required: true,
    content: {
      "multipart/form-data": {
        schema: {
          type: "object",
          properties: {
            file: { type: "string", contentMediaType: "text/csv", description: "LinkedIn's Connections.csv, as exported." },
          },
          required: ["file"],
        },
        example: { file: "First Name,Last Name,URL,Email Address,Company,Position,Connected On" },
      },
    },
  },
};

/** Examples of the bodies that are not JSON, by media type. */
const TEXT_EXAMPLES: Record<string, string> = {
  "text/csv":
    "id,createdAt,name,company\r\n3f0c8f4e-6b1a-4c1e-9a57-2b8d0c4e5f61,2026-03-02T09:30:00.000Z,Ada Lovelace,Analytical Engines Ltd\r\n",
  "text/calendar":
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Traction//EN\r\nBEGIN:VEVENT\r\nUID:3f0c8f4e-6b1a-4c1e-9a57-2b8d0c4e5f61@traction\r\nSUMMARY:One-on-one with Ada Lovelace\r\nDTSTART:20260302T093000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
  "text/html": '<!doctype html><html lang="en"><head><title>Unsubscribed · Traction</title></head><body>…</body></html>',
};

function example(type: string, content: { schema?: Json; example?: unknown }, components: Record<string, Json>) {
  if (content.example !== undefined || !content.schema) return;
  content.example = TEXT_EXAMPLES[type] ?? exampleFor(content.schema, components);
}

/** Drops components nothing refers to (e.g. the `…Input` copies of output schemas), until none is left. */
function pruneSchemas(document: Document) {
  const schemas = document.components.schemas ?? {};
  for (;;) {
    const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } });
    const used = new Set<string>();
    const visit = (json: string) => {
      for (const match of json.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
        if (!used.has(match[1]!)) {
          used.add(match[1]!);
          visit(JSON.stringify(schemas[match[1]!] ?? {}));
        }
      }
    };
    visit(text);
    const unused = Object.keys(schemas).filter((name) => !used.has(name));
    if (unused.length === 0) return;
    for (const name of unused) delete schemas[name];
  }
}

export interface FinishOptions {
  publicUrl?: string;
  /** Where the API process itself answers (`/health`, `/ready` are not behind PUBLIC_URL). */
  apiUrl: string;
}

/** Turns `GET /api/v1/things/{id}` into `getApiV1ThingsId`: the fallback for an operation missing from the table. */
const derivedId = (method: string, path: string) =>
  method + path.replace(/[^A-Za-z0-9]+(.)?/g, (_match, next: string | undefined) => (next ?? "").toUpperCase());

export function finishDocument<T>(generated: T, options: FinishOptions): T {
  const document = generated as Document;
  const components = (document.components.schemas ??= {});
  document.servers = options.publicUrl
    ? [{ url: options.publicUrl.replace(/\/+$/, ""), description: "Traction (PUBLIC_URL)" }]
    : [{ url: "/", description: "The server this document was fetched from" }];
  document.tags = TAGS;
  document.components.headers = { ...HEADERS };
  document.components.responses = Object.fromEntries(
    Object.entries(ERRORS).map(([status, { name }]) => [name, errorResponse(status)]),
  );

  for (const [path, operations] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = operations[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path}`;
      operation.operationId = OPERATION_IDS[key] ?? derivedId(method, path);
      operation.requestBody ??= UPLOADS[key];
      operation.security ??= [];
      if (!path.startsWith("/api/")) {
        operation.servers = [{ url: options.apiUrl, description: "The API process itself (HOST:PORT)" }];
      }
      operation.description = [operation.description, whoMayCall(method, path, operation)].filter(Boolean).join("\n\n");
      const responses = (operation.responses ??= {});
      const hasBody = operation.requestBody !== undefined || ["post", "put", "patch"].includes(method);
      // The same Idempotency-Key with another body is a 409 (routes/api/v1/idempotent-create.ts).
      const takesIdempotencyKey = (operation.parameters ?? []).some(
        (parameter) => parameter.in === "header" && parameter.name?.toLowerCase() === "idempotency-key",
      );
      const shared = [
        ...(takesIdempotencyKey ? ["409"] : []),
        "400",
        ...(operation.security.length > 0 ? ["401", "403"] : []),
        ...(path.includes("{") ? ["404"] : []),
        ...(hasBody ? ["413", "415"] : []),
        ...(isLimited(path, operation) ? ["429"] : []),
        "500",
        "503",
      ];
      for (const status of shared) responses[status] ??= {};
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400) {
          responses[status] = ERRORS[status] ? { $ref: `#/components/responses/${ERRORS[status].name}` } : errorResponse(status);
          continue;
        }
        if (!response.description || response.description === "Default Response") {
          response.description = SUCCESS[status] ?? "OK";
        }
        if (status === "204") delete response.content;
        if (isLimited(path, operation)) response.headers = { ...response.headers, ...RATE_LIMIT_HEADERS };
        for (const [type, content] of Object.entries(response.content ?? {})) example(type, content, components);
      }
      for (const [type, content] of Object.entries(operation.requestBody?.content ?? {})) example(type, content, components);
    }
  }
  document.webhooks = structuredClone(WEBHOOKS);
  for (const item of Object.values(document.webhooks) as Array<{ post: Operation }>) {
    for (const [type, content] of Object.entries(item.post.requestBody?.content ?? {})) example(type, content, components);
  }
  pruneSchemas(document);
  return generated;
}
