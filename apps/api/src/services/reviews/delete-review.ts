import type { IfMatch } from "../../lib/etag.ts";
import type { DbClient } from "../records/db-client.ts";
import { lockVersion } from "../records/lock-version.ts";

/** Deletes the owner's review and the comment threads about it (run it in a transaction); with `ifMatch`, only at that version. */
export async function deleteReview(db: DbClient, ownerId: string, id: string, ifMatch?: IfMatch): Promise<void> {
  await lockVersion(db.review, { id, ownerId }, "Review", ifMatch);
  await db.comment.deleteMany({ where: { clientId: ownerId, subjectType: "REVIEW", subjectId: id } });
  await db.review.delete({ where: { id } });
}
