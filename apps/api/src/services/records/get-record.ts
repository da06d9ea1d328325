import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "./db-client.ts";
import { presentRows } from "./present-rows.ts";
import type { AnyRecordSpec, RecordRow } from "./record-spec.ts";
import { getStatement, readPool, runStatement } from "./sql-read.ts";

/** The owner's record, or 404 — another user's id is indistinguishable from a missing one. */
export async function getRecord(db: DbClient, spec: AnyRecordSpec, ownerId: string, id: string): Promise<unknown> {
  const pool = readPool(db);
  const statement = pool && getStatement(spec, ownerId, id);
  const row = statement
    ? (await runStatement<RecordRow>(pool, statement))[0]
    : await spec.model(db).findFirst({ where: { id, ownerId }, ...(spec.include ? { include: spec.include } : {}) });
  if (!row) throw notFound(spec.noun);
  const [view] = await presentRows(db, spec, ownerId, [row], { computedRead: statement !== undefined });
  return view!;
}
