import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "./db-client.ts";
import { presentRows } from "./present-rows.ts";
import type { AnyRecordSpec } from "./record-spec.ts";

/** The owner's record, or 404 — another user's id is indistinguishable from a missing one. */
export async function getRecord(db: DbClient, spec: AnyRecordSpec, ownerId: string, id: string): Promise<unknown> {
  const row = await spec.model(db).findFirst({ where: { id, ownerId }, ...(spec.include ? { include: spec.include } : {}) });
  if (!row) throw notFound(spec.noun);
  const [view] = await presentRows(db, spec, ownerId, [row]);
  return view!;
}
