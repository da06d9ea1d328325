import type { IfMatch } from "../../lib/etag.ts";
import { versionWhere } from "../../lib/etag.ts";
import type { DbClient } from "./db-client.ts";
import { missingOrStale } from "./lock-version.ts";
import type { AnyRecordSpec } from "./record-spec.ts";

/** Deletes the owner's record (404 when it is not theirs); with `ifMatch`, only at that version (else 412). */
export async function deleteRecord(
  db: DbClient,
  spec: AnyRecordSpec,
  ownerId: string,
  id: string,
  ifMatch?: IfMatch,
): Promise<void> {
  const { count } = await spec.model(db).deleteMany({ where: { id, ownerId, ...versionWhere(ifMatch) } });
  if (count === 0) throw await missingOrStale(spec.model(db), { id, ownerId }, spec.noun, ifMatch);
}
