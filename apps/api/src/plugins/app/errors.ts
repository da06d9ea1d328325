/**
 * The one error path: every error becomes an RFC 9457 problem document.
 * 4xx say what the client got wrong; 5xx details go to the log, never out.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { MESSAGES } from "@traction/schemas";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isDatabaseUnavailable } from "../../lib/database-errors.ts";
import { AppError, type FieldError } from "../../lib/errors.ts";
import { PROBLEM_CONTENT_TYPE, problem, type Problem } from "../../lib/problem.ts";

const RETRY_AFTER_SECONDS = 5;

function toFieldErrors(error: {
  validation: Array<{ instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }>;
}): FieldError[] {
  return error.validation.flatMap((issue) => {
    const base = issue.instancePath.split("/").filter(Boolean).join(".");
    if (issue.keyword === "unrecognized_keys" && Array.isArray(issue.params.keys)) {
      return (issue.params.keys as string[]).map((key) => ({
        path: base ? `${base}.${key}` : key,
        message: MESSAGES.unknownField,
      }));
    }
    return [{ path: base || "(body)", message: issue.message ?? "is invalid" }];
  });
}

function send(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

export default fp(
  async function errorsPlugin(app: FastifyInstance) {
    app.setNotFoundHandler((request, reply) =>
      send(reply, problem(404, "ROUTE_NOT_FOUND", `No route ${request.method} ${request.url.split("?")[0]}`)),
    );

    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof AppError) {
        return send(reply, problem(error.status, error.code, error.message, error.fieldErrors));
      }
      if (hasZodFastifySchemaValidationErrors(error)) {
        const where = error.validationContext === "querystring" ? "query string" : (error.validationContext ?? "request");
        return send(reply, problem(400, "VALIDATION_FAILED", `The ${where} is invalid`, toFieldErrors(error)));
      }
      if (isDatabaseUnavailable(error)) {
        request.log.error({ err: error }, "database unavailable");
        reply.header("Retry-After", String(RETRY_AFTER_SECONDS));
        return send(reply, problem(503, "SERVICE_UNAVAILABLE", "The database is unavailable; try again shortly"));
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        // Fastify's own client errors: bad JSON, 413, 415, 429 from the rate limiter, ...
        const code = status === 429 ? "RATE_LIMITED" : (error.code ?? "BAD_REQUEST").replace(/^FST_ERR_/, "");
        return send(reply, problem(status, code, error.message));
      }
      request.log.error({ err: error }, "unhandled error");
      return send(reply, problem(500, "INTERNAL", "An unexpected error occurred; it has been logged"));
    });
  },
  { name: "errors" },
);
