/**
 * The five routes of a jobseeker's record resource (list, create, read,
 * partial update, delete), declared once for every resource from its spec and
 * its zod schemas. Handlers stay thin: the services do the work, scoped to the
 * caller.
 */
import { ZIdParamsSchema, ZProblemSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { createRecord } from "../../../../services/records/create-record.ts";
import type { DbClient } from "../../../../services/records/db-client.ts";
import { deleteRecord } from "../../../../services/records/delete-record.ts";
import { getRecord } from "../../../../services/records/get-record.ts";
import { listRecords, type ListQuery } from "../../../../services/records/list-records.ts";
import type { AnyRecordSpec } from "../../../../services/records/record-spec.ts";
import { updateRecord } from "../../../../services/records/update-record.ts";
import { etagOf, parseIfMatch, ZIfMatchHeadersSchema } from "../../../../lib/etag.ts";
import { createIdempotently, sendCreated, ZIdempotencyHeadersSchema } from "../idempotent-create.ts";
import { csvExportRoute } from "./csv-route.ts";

export interface CrudSchemas {
  create: z.ZodType;
  update: z.ZodType;
  item: z.ZodType;
  listQuery: z.ZodType<ListQuery>;
  list: z.ZodType;
}

export interface DeleteGuard<Query> {
  query: z.ZodType<Query>;
  /** Runs in the delete's transaction; throws to refuse (e.g. 409). */
  beforeDelete: (db: DbClient, ownerId: string, id: string, query: Query) => Promise<void>;
}

export interface CrudOptions {
  tag: string;
  spec: AnyRecordSpec;
  schemas: CrudSchemas;
  deleteGuard?: DeleteGuard<unknown>;
}

export const RECORD_ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema } as const;
/** A write with `If-Match` over a version that is gone. */
const STALE = { 412: ZProblemSchema } as const;

/** `ETag` of one record (every record view has `updatedAt`). */
const etag = (record: unknown) => etagOf((record as { updatedAt: Date }).updatedAt);

export function crudRoutes({ tag, spec, schemas, deleteGuard }: CrudOptions): FastifyPluginAsyncZod {
  return async (app) => {
    // `GET /<resource>.csv`: the same records, streamed as a CSV file.
    csvExportRoute(app, { tag, spec, schemas });

    app.get(
      "",
      {
        schema: {
          tags: [tag],
          summary: `List ${tag}`,
          querystring: schemas.listQuery,
          response: { 200: schemas.list, ...RECORD_ERRORS },
        },
      },
      async (request) => listRecords(app.db, spec, request.user.id, request.query),
    );

    app.post(
      "",
      {
        schema: {
          tags: [tag],
          summary: `Create a ${spec.noun.toLowerCase()}`,
          headers: ZIdempotencyHeadersSchema,
          body: schemas.create,
          response: { 201: schemas.item, 409: ZProblemSchema, ...RECORD_ERRORS },
        },
      },
      async (request, reply) => {
        const created = await createIdempotently(request, reply, schemas.item, (tx) =>
          createRecord(tx, spec, request.user.id, request.body),
        );
        return sendCreated(reply, `/api/v1/${tag}/${(created as { id: string }).id}`, created);
      },
    );

    app.get(
      "/:id",
      {
        schema: {
          tags: [tag],
          summary: `Read a ${spec.noun.toLowerCase()}`,
          params: ZIdParamsSchema,
          response: { 200: schemas.item, ...RECORD_ERRORS },
        },
      },
      async (request, reply) => {
        const record = await getRecord(app.db, spec, request.user.id, request.params.id);
        return reply.header("ETag", etag(record)).send(record);
      },
    );

    app.patch(
      "/:id",
      {
        schema: {
          tags: [tag],
          summary: `Update a ${spec.noun.toLowerCase()} (partial)`,
          params: ZIdParamsSchema,
          headers: ZIfMatchHeadersSchema,
          body: schemas.update,
          response: { 200: schemas.item, ...RECORD_ERRORS, ...STALE },
        },
      },
      async (request, reply) => {
        const ifMatch = parseIfMatch(request.headers["if-match"]);
        const updated = await app.db.$transaction((tx) =>
          updateRecord(tx, spec, request.user.id, request.params.id, request.body, ifMatch),
        );
        return reply.header("ETag", etag(updated)).send(updated);
      },
    );

    app.delete(
      "/:id",
      {
        schema: {
          tags: [tag],
          summary: `Delete a ${spec.noun.toLowerCase()}`,
          params: ZIdParamsSchema,
          headers: ZIfMatchHeadersSchema,
          ...(deleteGuard ? { querystring: deleteGuard.query } : {}),
          response: { 204: z.null(), 409: ZProblemSchema, ...RECORD_ERRORS, ...STALE },
        },
      },
      async (request, reply) => {
        const ownerId = request.user.id;
        const { id } = request.params;
        await app.db.$transaction(async (tx) => {
          await deleteGuard?.beforeDelete(tx, ownerId, id, request.query);
          await deleteRecord(tx, spec, ownerId, id, parseIfMatch(request.headers["if-match"]));
        });
        return reply.code(204).send(null);
      },
    );
  };
}
