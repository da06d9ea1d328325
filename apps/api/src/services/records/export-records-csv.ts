/**
 * A resource's records as a CSV download, streamed: the table is read page by
 * page through the same keyset pagination as the list (newest first, the same
 * filters), so memory stays flat whatever the number of rows. The first page
 * is read before anything is sent, so a bad query or a database outage is
 * still a proper error response rather than a truncated file.
 */
import { Readable } from "node:stream";
import type { z } from "zod";
import { csvWriter } from "../account/csv-table.ts";
import type { DbClient } from "./db-client.ts";
import { listRecords } from "./list-records.ts";
import type { AnyRecordSpec } from "./record-spec.ts";

export const CSV_PAGE_SIZE = 500;
/** Lets spreadsheet apps (Excel in particular) detect UTF-8. */
const UTF8_BOM = "\uFEFF";

export async function exportRecordsCsv(
  db: DbClient,
  spec: AnyRecordSpec,
  schema: z.ZodObject,
  ownerId: string,
  filters: object,
): Promise<Readable> {
  const writer = csvWriter(schema);
  const page = (cursor?: string) => listRecords(db, spec, ownerId, { ...filters, limit: CSV_PAGE_SIZE, cursor });
  const first = await page();

  async function* chunks(): AsyncGenerator<string> {
    yield UTF8_BOM + writer.header;
    let current = first;
    while (true) {
      if (current.data.length > 0) yield writer.rows(current.data);
      if (!current.nextCursor) return;
      current = await page(current.nextCursor);
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
