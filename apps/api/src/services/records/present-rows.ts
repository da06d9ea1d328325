import type { DbClient } from "./db-client.ts";
import type { AnyRecordSpec, RecordRow } from "./record-spec.ts";

export async function presentRows(db: DbClient, spec: AnyRecordSpec, ownerId: string, rows: RecordRow[]): Promise<unknown[]> {
  if (rows.length === 0) return [];
  return spec.present ? spec.present(db, ownerId, rows) : rows;
}
