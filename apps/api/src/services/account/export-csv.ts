import { EXPORT_ROW_SCHEMAS, ZPlanSchema, type TCsvExportResource } from "@traction/schemas";
import { toPlanView } from "../plan/plan-view.ts";
import type { DbClient } from "../records/db-client.ts";
import { csvTable } from "./csv-table.ts";
import { exportRows } from "./export-rows.ts";

/** One resource of the account as CSV (RFC 4180); `plan` is one row, or only the header when none was saved. */
export async function exportCsv(db: DbClient, ownerId: string, resource: TCsvExportResource): Promise<string> {
  if (resource === "plan") {
    const plan = await db.plan.findUnique({ where: { ownerId } });
    return csvTable(ZPlanSchema, plan ? [toPlanView(plan)] : []);
  }
  return csvTable(EXPORT_ROW_SCHEMAS[resource], await exportRows(db, ownerId, resource));
}
