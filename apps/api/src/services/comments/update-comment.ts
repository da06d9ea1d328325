import type { TComment, TUpdateComment } from "@traction/schemas";
import type { AuthenticatedUser } from "../../plugins/app/auth.ts";
import type { DbClient } from "../records/db-client.ts";
import { COMMENT_SELECT } from "./comment-view.ts";
import { assertOwnComment } from "./assert-own-comment.ts";

export async function updateComment(
  db: DbClient,
  author: AuthenticatedUser,
  id: string,
  input: TUpdateComment,
): Promise<TComment> {
  await assertOwnComment(db, author, id);
  return db.comment.update({ where: { id }, data: { body: input.body }, select: COMMENT_SELECT });
}
