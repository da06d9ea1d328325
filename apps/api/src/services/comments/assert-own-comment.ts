import type { AuthenticatedUser } from "../../plugins/app/auth.ts";
import { forbidden, notFound } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";
import { canDiscuss } from "./assert-can-discuss.ts";

/**
 * Passes when `user` wrote comment `id`. A comment the user may not see is a
 * 404 (a coach whose link ended no longer sees even their own); one they see
 * but did not write is a 403.
 */
export async function assertOwnComment(db: DbClient, user: AuthenticatedUser, id: string): Promise<void> {
  const comment = await db.comment.findUnique({ where: { id }, select: { clientId: true, authorId: true } });
  if (!comment || !(await canDiscuss(db, user, comment.clientId))) throw notFound("Comment");
  if (comment.authorId !== user.id) throw forbidden("Only the author may change or delete a comment");
}
