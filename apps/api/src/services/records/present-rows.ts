import type { DbClient } from "./db-client.ts";
import type { AnyRecordSpec, RecordRow } from "./record-spec.ts";
import { withComputed } from "./sql-read.ts";

/** Rows → API objects: `spec.computed` (unless the rows were read in SQL with them already), then `spec.present`. */
export async function presentRows(
  db: DbClient,
  spec: AnyRecordSpec,
  ownerId: string,
  rows: RecordRow[],
  { computedRead = false } = {},
): Promise<unknown[]> {
  if (rows.length === 0) return [];
  const complete = computedRead ? rows : await withComputed(db, spec, ownerId, rows);
  return spec.present ? spec.present(db, ownerId, complete) : complete;
}
