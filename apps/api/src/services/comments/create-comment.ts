import type { TComment, TCreateComment } from "@traction/schemas";
import type { AuthenticatedUser } from "../../plugins/app/auth.ts";
import { invalid } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";
import { assertCanDiscuss } from "./assert-can-discuss.ts";
import { assertCommentSubject } from "./assert-subject.ts";
import { COMMENT_SELECT } from "./comment-view.ts";

/** A comment, or a reply (`parentId`) in the same thread, by the client or one of their active coaches. */
export async function createComment(db: DbClient, author: AuthenticatedUser, input: TCreateComment): Promise<TComment> {
  const { clientId, subjectType, subjectId, parentId, body } = input;
  await assertCanDiscuss(db, author, clientId);
  await assertCommentSubject(db, clientId, subjectType, subjectId);
  if (parentId) {
    const parent = await db.comment.count({ where: { id: parentId, clientId, subjectType, subjectId } });
    if (parent === 0) throw invalid([{ path: "parentId", message: "is not a comment in this thread" }]);
  }
  return db.comment.create({
    data: { clientId, authorId: author.id, subjectType, subjectId, parentId: parentId ?? null, body },
    select: COMMENT_SELECT,
  });
}
