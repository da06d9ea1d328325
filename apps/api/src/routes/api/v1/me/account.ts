/**
 * The caller's whole account: export it (JSON, or one resource as CSV) and
 * delete it. Both work for jobseekers and coaches alike.
 */
import { ZAccountExportSchema, ZExportQuerySchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { deleteAccount } from "../../../../services/account/delete-account.ts";
import { openAccountExport } from "../../../../services/account/export-account.ts";
import { exportCsv } from "../../../../services/account/export-csv.ts";
import { withRetryAfter } from "../../../../services/account/user-lock.ts";
import { clearRefreshCookie } from "../auth/index.ts";

const today = () => new Date().toISOString().slice(0, 10);

const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/export",
    {
      schema: {
        tags: ["account"],
        summary: "Export all my data (JSON), or one resource as CSV with ?format=csv&resource=<name>",
        description:
          "JSON: one document with the account (never the password hash), the plan and every record, each in the " +
          "shape its own routes return; leads carry their stage history, tasks when they were done. " +
          "CSV (RFC 4180, UTF-8, CRLF): one resource per request; nested objects become `parent.field` columns, " +
          'lists of values are joined with "; ", lists of objects are written as JSON. Both are streamed as they are ' +
          "read. One JSON export per account at a time: another one while it runs is a 429 with `Retry-After`.",
        querystring: ZExportQuerySchema,
        response: {
          200: {
            description: "The export, as an attachment.",
            content: {
              "application/json": { schema: ZAccountExportSchema },
              "text/csv": { schema: z.string() },
            },
          },
          400: ZProblemSchema,
          429: ZProblemSchema,
        },
      },
    },
    // The bodies are streams, which the zod type provider does not type: hence `as never`.
    async (request, reply) => {
      const { format, resource } = request.query;
      if (format === "csv" && resource) {
        const csv = await exportCsv(app.db, request.user.id, resource);
        return reply
          .type("text/csv; charset=utf-8")
          .header("Content-Disposition", `attachment; filename="traction-${resource}-${today()}.csv"`)
          .send(csv as never);
      }
      const document = await openAccountExport(app.db, request.user.id).catch((error: unknown) => {
        throw withRetryAfter(reply, error);
      });
      return reply
        .type("application/json; charset=utf-8")
        .header("Content-Disposition", `attachment; filename="traction-export-${today()}.json"`)
        .send(document as never);
    },
  );

  app.delete(
    "",
    {
      schema: {
        tags: ["account"],
        summary: "Delete my account and all its data",
        description:
          "Irreversible. Every record, session and key of the account is deleted at once; its access tokens and " +
          "refresh cookie stop working immediately.",
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteAccount(app.db, request.user.id);
      // Other processes hear of it from PostgreSQL; this one forgets before it answers.
      app.users.forget(request.user.id);
      clearRefreshCookie(reply);
      return reply.code(204).send(null);
    },
  );
};

export default accountRoutes;
