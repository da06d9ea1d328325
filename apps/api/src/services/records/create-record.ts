import type { DbClient } from "./db-client.ts";
import { getRecord } from "./get-record.ts";
import type { AnyRecordSpec } from "./record-spec.ts";
import { assertOwnedReferences } from "./references.ts";

/** Creates a record owned by `ownerId`. Pass a transaction client: nothing partial survives a failure. */
export async function createRecord(db: DbClient, spec: AnyRecordSpec, ownerId: string, input: unknown): Promise<unknown> {
  if (spec.references) await assertOwnedReferences(db, ownerId, spec.references(input));
  const row = spec.create
    ? await spec.create(db, ownerId, input)
    : await spec.model(db).create({ data: { ...(spec.createData?.(input) ?? (input as object)), ownerId } as never });
  const created = await getRecord(db, spec, ownerId, row.id);
  await spec.afterCreate?.(db, ownerId, created);
  return created;
}
