import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "./db-client.ts";
import { getRecord } from "./get-record.ts";
import type { AnyRecordSpec } from "./record-spec.ts";
import { assertOwnedReferences } from "./references.ts";

/** A partial update of the owner's record; 404 when it is not theirs. */
export async function updateRecord(
  db: DbClient,
  spec: AnyRecordSpec,
  ownerId: string,
  id: string,
  input: unknown,
): Promise<unknown> {
  // The whole object when a hook compares before and after (a 404 too); else only whether it exists.
  let before: unknown;
  if (spec.afterUpdate) before = await getRecord(db, spec, ownerId, id);
  else if (!(await spec.model(db).findFirst({ where: { id, ownerId }, select: { id: true } }))) throw notFound(spec.noun);
  if (spec.references) await assertOwnedReferences(db, ownerId, spec.references(input));
  if (spec.update) await spec.update(db, ownerId, id, input);
  else await spec.model(db).update({ where: { id, ownerId } as never, data: (spec.updateData?.(input) ?? input) as never });
  const after = await getRecord(db, spec, ownerId, id);
  await spec.afterUpdate?.(db, ownerId, before, after);
  return after;
}
