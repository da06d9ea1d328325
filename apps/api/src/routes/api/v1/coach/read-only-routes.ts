/**
 * A coach's read-only view of one record resource of a client: the list and
 * one record, with the same filters, pagination and response schemas as the
 * client's own routes, served by the same services with the client as owner.
 * The `/clients/:clientId` subtree has already checked the link.
 */
import { ZClientParamsSchema, ZClientRecordParamsSchema } from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { getRecord } from "../../../../services/records/get-record.ts";
import { listRecords } from "../../../../services/records/list-records.ts";
import type { CrudOptions, CrudSchemas } from "../records/crud-routes.ts";
import { CLIENT_ERRORS } from "./errors.ts";

export type ReadOnlyOptions = Pick<CrudOptions, "tag" | "spec"> & {
  schemas: Pick<CrudSchemas, "item" | "listQuery" | "list">;
};

export function readOnlyRoutes({ tag, spec, schemas }: ReadOnlyOptions): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "",
      {
        schema: {
          tags: ["coach"],
          summary: `List a client's ${tag} (read-only)`,
          params: ZClientParamsSchema,
          querystring: schemas.listQuery,
          response: { 200: schemas.list, ...CLIENT_ERRORS },
        },
      },
      async (request) => listRecords(app.db, spec, request.params.clientId, request.query),
    );

    app.get(
      "/:id",
      {
        schema: {
          tags: ["coach"],
          summary: `Read one of a client's ${tag} (read-only)`,
          params: ZClientRecordParamsSchema,
          response: { 200: schemas.item, ...CLIENT_ERRORS },
        },
      },
      async (request) => getRecord(app.db, spec, request.params.clientId, request.params.id),
    );
  };
}
