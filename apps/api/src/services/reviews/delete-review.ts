import type { DbClient } from "../records/db-client.ts";
import { findOwnReview } from "./get-review.ts";

/** Deletes the owner's review and the comment threads about it (run it in a transaction). */
export async function deleteReview(db: DbClient, ownerId: string, id: string): Promise<void> {
  await findOwnReview(db, ownerId, id);
  await db.comment.deleteMany({ where: { clientId: ownerId, subjectType: "REVIEW", subjectId: id } });
  await db.review.delete({ where: { id } });
}
