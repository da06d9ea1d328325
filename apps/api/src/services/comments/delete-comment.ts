import type { AuthenticatedUser } from "../../plugins/app/auth.ts";
import type { DbClient } from "../records/db-client.ts";
import { assertOwnComment } from "./assert-own-comment.ts";

/** Deletes the author's comment and, by cascade, the replies to it. */
export async function deleteComment(db: DbClient, author: AuthenticatedUser, id: string): Promise<void> {
  await assertOwnComment(db, author, id);
  await db.comment.delete({ where: { id } });
}
