import { versionWhere, type IfMatch } from "../../lib/etag.ts";
import { preconditionFailed } from "../../lib/errors.ts";
import type { AuthenticatedUser } from "../../plugins/app/auth.ts";
import type { DbClient } from "../records/db-client.ts";
import { assertOwnComment } from "./assert-own-comment.ts";

/** Deletes the author's comment and, by cascade, the replies to it; with `ifMatch`, only at that version (else 412). */
export async function deleteComment(db: DbClient, author: AuthenticatedUser, id: string, ifMatch?: IfMatch): Promise<void> {
  await assertOwnComment(db, author, id);
  const { count } = await db.comment.deleteMany({ where: { id, ...versionWhere(ifMatch) } });
  if (count === 0) throw preconditionFailed("Comment");
}
