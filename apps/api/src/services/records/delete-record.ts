import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "./db-client.ts";
import type { AnyRecordSpec } from "./record-spec.ts";

export async function deleteRecord(db: DbClient, spec: AnyRecordSpec, ownerId: string, id: string): Promise<void> {
  const { count } = await spec.model(db).deleteMany({ where: { id, ownerId } });
  if (count === 0) throw notFound(spec.noun);
}
