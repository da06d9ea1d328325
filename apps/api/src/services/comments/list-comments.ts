import type { TComment, TCommentListQuery } from "@traction/schemas";
import type { AuthenticatedUser } from "../../plugins/app/auth.ts";
import type { DbClient } from "../records/db-client.ts";
import { keysetPage, type Page } from "../records/keyset-page.ts";
import { assertCanDiscuss } from "./assert-can-discuss.ts";
import { COMMENT_SELECT } from "./comment-view.ts";

/** A client's comments, newest first, optionally one subject's thread. */
export async function listComments(db: DbClient, viewer: AuthenticatedUser, query: TCommentListQuery): Promise<Page<TComment>> {
  const { clientId, subjectType, subjectId } = query;
  await assertCanDiscuss(db, viewer, clientId);
  return keysetPage("createdAt", query, (page) =>
    db.comment.findMany({
      where: { AND: [{ clientId }, subjectType ? { subjectType } : {}, subjectId ? { subjectId } : {}, page.where] },
      orderBy: page.orderBy,
      take: page.take,
      select: COMMENT_SELECT,
    }),
  );
}
