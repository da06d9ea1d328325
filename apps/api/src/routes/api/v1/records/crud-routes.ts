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
import { requestHash, validateKey, withIdempotency } from "../../../../services/records/idempotency.ts";
import { listRecords, type ListQuery } from "../../../../services/records/list-records.ts";
import type { AnyRecordSpec } from "../../../../services/records/record-spec.ts";
import { updateRecord } from "../../../../services/records/update-record.ts";
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

export const ZIdempotencyHeadersSchema = z.object({
  "idempotency-key": z
    .string()
    .optional()
    .meta({ description: "Replays the first response for the same key and body within 24 h; 409 for a different body." }),
});

export const RECORD_ERRORS = { 400: ZProblemSchema, 403: ZProblemSchema, 404: ZProblemSchema } as const;

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
        const ownerId = request.user.id;
        const key = validateKey(request.headers["idempotency-key"]);
        const hash = requestHash("POST", request.routeOptions.url ?? "", request.body);
        const created = await withIdempotency(app.db, ownerId, key, hash, schemas.item, (tx) =>
          createRecord(tx, spec, ownerId, request.body),
        );
        return reply.code(201).send(created);
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
      async (request) => getRecord(app.db, spec, request.user.id, request.params.id),
    );

    app.patch(
      "/:id",
      {
        schema: {
          tags: [tag],
          summary: `Update a ${spec.noun.toLowerCase()} (partial)`,
          params: ZIdParamsSchema,
          body: schemas.update,
          response: { 200: schemas.item, ...RECORD_ERRORS },
        },
      },
      async (request) => app.db.$transaction((tx) => updateRecord(tx, spec, request.user.id, request.params.id, request.body)),
    );

    app.delete(
      "/:id",
      {
        schema: {
          tags: [tag],
          summary: `Delete a ${spec.noun.toLowerCase()}`,
          params: ZIdParamsSchema,
          ...(deleteGuard ? { querystring: deleteGuard.query } : {}),
          response: { 204: z.null(), 409: ZProblemSchema, ...RECORD_ERRORS },
        },
      },
      async (request, reply) => {
        const ownerId = request.user.id;
        const { id } = request.params;
        await app.db.$transaction(async (tx) => {
          await deleteGuard?.beforeDelete(tx, ownerId, id, request.query);
          await deleteRecord(tx, spec, ownerId, id);
        });
        return reply.code(204).send(null);
      },
    );
  };
}
