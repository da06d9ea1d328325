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
  // A hook's "before" is read under the row's lock, so concurrent updates chain: each one's
  // before is the other's after, never the same stale row twice.
  let before: unknown;
  if (spec.afterUpdate) {
    const locked = await spec.model(db).updateMany({ where: { id, ownerId }, data: { updatedAt: new Date() } });
    if (locked.count === 0) throw notFound(spec.noun);
    before = await getRecord(db, spec, ownerId, id);
  } else if (!(await spec.model(db).findFirst({ where: { id, ownerId }, select: { id: true } }))) throw notFound(spec.noun);
  if (spec.references) await assertOwnedReferences(db, ownerId, spec.references(input));
  if (spec.update) await spec.update(db, ownerId, id, input);
  else await spec.model(db).update({ where: { id, ownerId } as never, data: (spec.updateData?.(input) ?? input) as never });
  const after = await getRecord(db, spec, ownerId, id);
  await spec.afterUpdate?.(db, ownerId, before, after);
  return after;
}
