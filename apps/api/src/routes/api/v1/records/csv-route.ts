/**
 * `GET /api/v1/<resource>.csv`: every record of a resource as CSV (RFC 4180,
 * UTF-8 with a BOM, CRLF, a header row), streamed. It takes the list's
 * filters; `limit` and `cursor` do not apply (the file holds every match).
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { exportRecordsCsv } from "../../../../services/records/export-records-csv.ts";
import { RECORD_ERRORS, type CrudOptions } from "./crud-routes.ts";

const today = () => new Date().toISOString().slice(0, 10);

export function csvExportRoute(app: FastifyInstance, { tag, spec, schemas }: CrudOptions): void {
  const { item, listQuery } = schemas;
  if (!(item instanceof z.ZodObject) || !(listQuery instanceof z.ZodObject)) {
    throw new Error(`${tag}: a CSV export needs object schemas for the record and the list query`);
  }
  const querystring = listQuery.omit({ limit: true, cursor: true });

  // Untyped replies: the body is a stream, which the zod type provider would not accept for a string schema.
  app.get(
    ".csv",
    {
      schema: {
        tags: [tag],
        summary: `Export ${tag} as CSV (every record matching the list's filters, newest first)`,
        description:
          "RFC 4180: UTF-8 with a byte order mark, CRLF line ends, a header row named like the JSON fields; " +
          'nested objects become `parent.field` columns, lists of values are joined with "; ". Streamed page by ' +
          "page, so any size works. Open it in a spreadsheet as is.",
        querystring,
        response: {
          200: { description: "The CSV file, as an attachment.", content: { "text/csv": { schema: z.string() } } },
          ...RECORD_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const csv = await exportRecordsCsv(app.db, spec, item, request.user.id, request.query as object);
      return reply
        .type("text/csv; charset=utf-8")
        .header("Content-Disposition", `attachment; filename="traction-${tag}-${today()}.csv"`)
        .send(csv);
    },
  );
}
