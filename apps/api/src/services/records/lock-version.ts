/**
 * `If-Match` on a write, in the write's own statement: the row is touched
 * (`updatedAt`, which locks it for the transaction) only where it is the
 * owner's and at a version `ifMatch` allows. No row: 404 when it is not the
 * owner's, else 412 — a concurrent writer with the same version waits on the
 * lock, then matches nothing.
 */
import { versionWhere, type IfMatch } from "../../lib/etag.ts";
import { notFound, preconditionFailed } from "../../lib/errors.ts";

export interface VersionedModel {
  updateMany(args: { where: object; data: { updatedAt: Date } }): Promise<{ count: number }>;
  findFirst(args: { where: object; select: { id: true } }): Promise<unknown>;
}

interface Owned {
  id: string;
  ownerId: string;
}

/** Why a write that matched no row failed: not the owner's (404), or moved past `ifMatch` (412). */
export async function missingOrStale(model: VersionedModel, where: Owned, noun: string, ifMatch?: IfMatch): Promise<Error> {
  if (!ifMatch) return notFound(noun);
  return (await model.findFirst({ where, select: { id: true } })) ? preconditionFailed(noun) : notFound(noun);
}

/** Locks the owner's row at a version `ifMatch` allows (any version without it), or throws 404/412. */
export async function lockVersion(model: VersionedModel, where: Owned, noun: string, ifMatch?: IfMatch): Promise<void> {
  const { count } = await model.updateMany({ where: { ...where, ...versionWhere(ifMatch) }, data: { updatedAt: new Date() } });
  if (count === 0) throw await missingOrStale(model, where, noun, ifMatch);
}
