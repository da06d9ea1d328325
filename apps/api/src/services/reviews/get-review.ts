import type { Review } from "@traction/db";
import type { TReview } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";
import { toReviewView } from "./review-view.ts";

/** The owner's review row, or 404 (also for another user's review). */
export async function findOwnReview(db: DbClient, ownerId: string, id: string): Promise<Review> {
  const row = await db.review.findFirst({ where: { id, ownerId } });
  if (!row) throw notFound("Review");
  return row;
}

export async function getReview(db: DbClient, ownerId: string, id: string): Promise<TReview> {
  return toReviewView(await findOwnReview(db, ownerId, id));
}
