import type { TComment } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import type { AuthenticatedUser } from "../../plugins/app/auth.ts";
import type { DbClient } from "../records/db-client.ts";
import { canDiscuss } from "./assert-can-discuss.ts";
import { COMMENT_SELECT } from "./comment-view.ts";

/** One comment, for those who may read its client's threads; 404 for anyone else. */
export async function getComment(db: DbClient, viewer: AuthenticatedUser, id: string): Promise<TComment> {
  const comment = await db.comment.findFirst({ where: { id }, select: COMMENT_SELECT });
  if (!comment || !(await canDiscuss(db, viewer, comment.clientId))) throw notFound("Comment");
  return comment;
}
