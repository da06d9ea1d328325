import { Readable } from "node:stream";
import { EXPORT_ROW_SCHEMAS, ZPlanSchema, type TCsvExportResource } from "@traction/schemas";
import { toPlanView } from "../plan/plan-view.ts";
import type { DbClient } from "../records/db-client.ts";
import { csvTable, csvWriter } from "./csv-table.ts";
import { exportRowBatches } from "./export-rows.ts";

/**
 * One resource of the account as CSV (RFC 4180), streamed batch by batch; `plan`
 * is one row, or only the header when none was saved. The first batch is read
 * before anything is sent, so an outage there is still a proper 503.
 */
export async function exportCsv(db: DbClient, ownerId: string, resource: TCsvExportResource): Promise<Readable> {
  if (resource === "plan") {
    const plan = await db.plan.findUnique({ where: { ownerId } });
    return Readable.from([csvTable(ZPlanSchema, plan ? [toPlanView(plan)] : [])], { objectMode: false });
  }
  const writer = csvWriter(EXPORT_ROW_SCHEMAS[resource]);
  const batches = exportRowBatches(db, ownerId, resource);
  const first = await batches.next();
  async function* chunks(): AsyncGenerator<string> {
    yield writer.header;
    if (first.done) return;
    yield writer.rows(first.value);
    for await (const rows of batches) yield writer.rows(rows);
  }
  return Readable.from(chunks(), { objectMode: false });
}
