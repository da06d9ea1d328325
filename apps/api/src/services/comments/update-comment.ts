import type { TComment, TUpdateComment } from "@traction/schemas";
import { versionWhere, type IfMatch } from "../../lib/etag.ts";
import { preconditionFailed } from "../../lib/errors.ts";
import type { AuthenticatedUser } from "../../plugins/app/auth.ts";
import type { DbClient } from "../records/db-client.ts";
import { COMMENT_SELECT } from "./comment-view.ts";
import { assertOwnComment } from "./assert-own-comment.ts";

/** The author's edit; with `ifMatch`, only over that version (else 412 and nothing changes). Run in a transaction. */
export async function updateComment(
  db: DbClient,
  author: AuthenticatedUser,
  id: string,
  input: TUpdateComment,
  ifMatch?: IfMatch,
): Promise<TComment> {
  await assertOwnComment(db, author, id);
  // The version check is the write's own WHERE: a concurrent edit with the same If-Match waits, then matches nothing.
  const { count } = await db.comment.updateMany({ where: { id, ...versionWhere(ifMatch) }, data: { body: input.body } });
  if (count === 0) throw preconditionFailed("Comment");
  return db.comment.findUniqueOrThrow({ where: { id }, select: COMMENT_SELECT });
}
