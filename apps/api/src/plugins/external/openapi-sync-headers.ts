/**
 * Declares the response headers of the integrator conventions in the OpenAPI
 * document (zod describes bodies, not headers): `Location` and
 * `Idempotent-Replayed` on every 201 (from routes/api/v1/idempotent-create.ts),
 * `ETag` on the read of one object and the answer to a `PATCH`/`PUT`
 * wherever that object's writes declare `If-Match` (lib/etag.ts), and on
 * every other read or write answered with one object as JSON (lib/content-etag.ts).
 */
import { answersOneObject } from "../../lib/content-etag.ts";
import { CONTENT_ETAG_HEADER, ETAG_HEADER } from "../../lib/etag.ts";
import { CREATED_HEADERS } from "../../routes/api/v1/idempotent-create.ts";

interface Operation {
  parameters?: Array<{ in?: string; name?: string }>;
  responses?: Record<string, { headers?: Record<string, unknown>; content?: Record<string, unknown> }>;
}
interface Document {
  paths?: Record<string, Record<string, Operation>>;
}

const takesIfMatch = (operation: Operation) =>
  operation.parameters?.some((parameter) => parameter.in === "header" && parameter.name?.toLowerCase() === "if-match") ?? false;

export function withSyncHeaders<T>(document: T): T {
  for (const [path, operations] of Object.entries((document as Document).paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      if (typeof operation !== "object") continue;
      const created = operation.responses?.["201"];
      if (created) created.headers = { ...created.headers, ...CREATED_HEADERS };
      const ok = operation.responses?.["200"];
      // An object's URL is a path whose writes take If-Match (a record, the plan): its read and writes carry ETag.
      const versioned = Object.values(operations).some((other) => typeof other === "object" && takesIfMatch(other));
      if (ok && versioned && (method === "get" || method === "patch" || method === "put")) {
        ok.headers = { ...ok.headers, ...ETAG_HEADER };
      } else if (ok && answersOneObject(method, path) && ok.content?.["application/json"]) {
        ok.headers = { ...ok.headers, ...CONTENT_ETAG_HEADER };
      }
    }
  }
  return document;
}
