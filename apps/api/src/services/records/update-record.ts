import type { IfMatch } from "../../lib/etag.ts";
import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "./db-client.ts";
import { getRecord } from "./get-record.ts";
import type { AnyRecordSpec } from "./record-spec.ts";
import { lockVersion } from "./lock-version.ts";
import { assertOwnedReferences } from "./references.ts";

/** A partial update of the owner's record; 404 when it is not theirs, 412 when `ifMatch` no longer holds. */
export async function updateRecord(
  db: DbClient,
  spec: AnyRecordSpec,
  ownerId: string,
  id: string,
  input: unknown,
  ifMatch?: IfMatch,
): Promise<unknown> {
  // The whole object when a hook compares before and after (a 404 too); else only whether it exists.
  // A hook's "before" is read under the row's lock, so concurrent updates chain: each one's
  // before is the other's after, never the same stale row twice.
  // With If-Match, the version check is this first statement's WHERE: it also locks the row, so a
  // concurrent write with the same If-Match waits, then finds the version gone (412).
  let before: unknown;
  if (spec.afterUpdate || ifMatch) {
    await lockVersion(spec.model(db), { id, ownerId }, spec.noun, ifMatch);
    if (spec.afterUpdate) before = await getRecord(db, spec, ownerId, id);
  } else if (!(await spec.model(db).findFirst({ where: { id, ownerId }, select: { id: true } }))) throw notFound(spec.noun);
  if (spec.references) await assertOwnedReferences(db, ownerId, spec.references(input));
  if (spec.update) await spec.update(db, ownerId, id, input);
  else await spec.model(db).update({ where: { id, ownerId } as never, data: (spec.updateData?.(input) ?? input) as never });
  const after = await getRecord(db, spec, ownerId, id);
  await spec.afterUpdate?.(db, ownerId, before, after);
  return after;
}
