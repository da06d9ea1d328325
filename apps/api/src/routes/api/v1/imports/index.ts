/**
 * Imports: `POST /imports/linkedin` takes a LinkedIn Connections.csv as a
 * multipart upload (the only route that parses multipart: the plugin is
 * registered in this scope alone) and answers 202 with the import's id; the
 * rows are written by the background runner. `GET /imports/:id` reports progress.
 */
import multipart from "@fastify/multipart";
import type { FastifyReply, FastifyRequest } from "fastify";
import { ZIdParamsSchema, ZImportAcceptedSchema, ZImportSchema, ZProblemSchema } from "@traction/schemas";
import { errorCodes } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { invalid } from "../../../../lib/errors.ts";
import { withRetryAfter } from "../../../../services/account/user-lock.ts";
import { getImport } from "../../../../services/imports/get-import.ts";
import { stageLinkedinImport } from "../../../../services/imports/stage-linkedin-import.ts";

const TAG = "imports";
/** Room for the multipart framing around the file (boundaries, part headers, small fields). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** After an early 413, how long the rest of the upload is read (and thrown away) before the connection is cut. */
const DISCARD_MS = 3_000;

/**
 * Answers now, while the upload still comes in. Closing at once would reset
 * the connection with unread data in it, and a client that is still sending
 * could lose the answer; so the rest is discarded for a moment, then cut.
 */
function discardRestOfUpload(request: FastifyRequest, reply: FastifyReply): void {
  reply.raw.once("finish", () => {
    if (request.raw.complete) return;
    request.raw.resume();
    setTimeout(() => {
      if (!request.raw.complete) request.raw.socket.destroy();
    }, DISCARD_MS).unref();
  });
}

const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const fileSize = app.config.IMPORT_MAX_FILE_MB * 1024 * 1024;
  await app.register(multipart, { limits: { fileSize, files: 1, fields: 10, parts: 20 } });
  app.addHook("preHandler", app.requireRole("JOBSEEKER"));
  const refuseTooLarge = (request: FastifyRequest, reply: FastifyReply) => {
    discardRestOfUpload(request, reply);
    return new app.multipartErrors.RequestFileTooLargeError();
  };

  app.post(
    "/linkedin",
    {
      // An upload that says it is too large is refused before its body is read.
      onRequest: async (request, reply) => {
        const length = Number(request.headers["content-length"] ?? 0);
        if (length > fileSize + MULTIPART_OVERHEAD_BYTES) throw refuseTooLarge(request, reply);
      },
      schema: {
        tags: [TAG],
        summary: "Import my LinkedIn connections (Connections.csv) as contacts, in the background",
        description:
          "Send `multipart/form-data` with the file in a field named `file` (LinkedIn: Settings → Data privacy → " +
          "Get a copy of your data → Connections). LinkedIn's notes before the header row are skipped. Each row " +
          "becomes a contact tagged `linkedin`, unless it matches one you have — by LinkedIn URL, else by email — " +
          "in which case it only fills in what that contact lacks: importing the same file again changes nothing. " +
          "A row that cannot be used is rejected with its line and reason and never stops the others. Poll " +
          `\`GET /api/v1/imports/{id}\` for progress. Files up to ${app.config.IMPORT_MAX_FILE_MB} MB: 413 beyond, as ` +
          "soon as `Content-Length` or the upload itself passes it. One import at a time: another one while yours " +
          "is in progress is a 429 with `Retry-After`. " +
          "Imported contacts do not send `contact.created` webhooks (an import is one bulk action, not thousands of events).",
        consumes: ["multipart/form-data"],
        response: {
          202: ZImportAcceptedSchema,
          400: ZProblemSchema,
          403: ZProblemSchema,
          413: ZProblemSchema,
          415: ZProblemSchema,
          429: ZProblemSchema,
        },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(request.headers["content-type"] ?? "none");
      const part = await request.file();
      if (!part) throw invalid([{ path: "file", message: "is required (a multipart file field)" }]);
      // Past the limit, stop at once (413) instead of reading the rest of the upload first.
      part.file.once("limit", () => part.file.destroy(refuseTooLarge(request, reply)));
      const id = await stageLinkedinImport(app.db, request.user.id, part.file, () => {
        if (part.file.truncated) throw refuseTooLarge(request, reply);
      }).catch((error: unknown) => {
        throw withRetryAfter(reply, error);
      });
      app.imports.enqueue(id);
      return reply.code(202).send({ id });
    },
  );

  app.get(
    "/:id",
    {
      schema: {
        tags: [TAG],
        summary: "An import's progress: counts, status and the rejected rows with their reasons",
        params: ZIdParamsSchema,
        response: { 200: ZImportSchema, 403: ZProblemSchema, 404: ZProblemSchema },
      },
    },
    async (request) => getImport(app.db, request.user.id, request.params.id),
  );
};

export default importRoutes;
