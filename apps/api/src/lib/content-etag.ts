/**
 * `ETag` on the read of every object that has no version of its own (an API
 * key, an organisation, a coach's view of a client's record …): a strong tag
 * from the bytes sent, so the same representation always has the same tag
 * and any change gives another. Objects that take `If-Match` on their writes
 * (records, the plan, reviews, comments) set their own, from `updatedAt`
 * (lib/etag.ts); this leaves those alone.
 *
 * Which answers: a `GET` of a path that ends in an object's id (`/…/:id`) or
 * of `/api/v1/me`, and any `PATCH`/`PUT`, answered 200 with JSON — the same
 * rule declares the header in the OpenAPI document
 * (plugins/external/openapi-sync-headers.ts). Those objects' writes do not
 * take `If-Match` (only versioned objects do); the tag serves caches and
 * change detection.
 */
import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";

const ONE_OBJECT = /\/(?::[A-Za-z]+|\{[A-Za-z]+\})$/;
const ALSO = new Set(["/api/v1/me"]);

/** Whether this answer is one object (a route in Fastify's `/:id` or OpenAPI's `/{id}` form). */
export function answersOneObject(method: string, path: string): boolean {
  const verb = method.toUpperCase();
  return verb === "PATCH" || verb === "PUT" || (verb === "GET" && (ONE_OBJECT.test(path) || ALSO.has(path)));
}

export function contentEtag(payload: string): string {
  return `"${createHash("sha256").update(payload).digest("base64url").slice(0, 27)}"`;
}

export function addContentEtags(app: FastifyInstance): void {
  // A callback hook: nothing is awaited, so no promise per request.
  app.addHook("onSend", (request, reply, payload, done) => {
    if (
      reply.statusCode === 200 &&
      typeof payload === "string" &&
      !reply.hasHeader("etag") &&
      answersOneObject(request.method, request.routeOptions.url ?? "") &&
      String(reply.getHeader("content-type") ?? "").startsWith("application/json")
    ) {
      reply.header("ETag", contentEtag(payload));
    }
    done(null, payload);
  });
}
