import { Prisma } from "@traction/db";
import type { TReview, ZUpdateReviewSchema } from "@traction/schemas";
import type { z } from "zod";
import { putPlan } from "../plan/put-plan.ts";
import type { DbClient } from "../records/db-client.ts";
import { findOwnReview } from "./get-review.ts";
import { toReviewView } from "./review-view.ts";

/**
 * Edits a review's words, adjustments or targets (the week and its snapshot
 * stay as they were). New weekly targets are written to the plan as well; run
 * it in a transaction.
 */
export async function updateReview(
  db: DbClient,
  ownerId: string,
  id: string,
  input: z.output<typeof ZUpdateReviewSchema>,
): Promise<TReview> {
  await findOwnReview(db, ownerId, id);
  const row = await db.review.update({
    where: { id },
    data: {
      ...(input.wentWell !== undefined ? { wentWell: input.wentWell } : {}),
      ...(input.toChange !== undefined ? { toChange: input.toChange } : {}),
      ...(input.adjustments !== undefined ? { adjustments: input.adjustments } : {}),
      ...(input.weeklyTargets !== undefined
        ? { weeklyTargets: input.weeklyTargets === null ? Prisma.DbNull : input.weeklyTargets }
        : {}),
    },
  });
  if (input.weeklyTargets) await putPlan(db, ownerId, { weeklyTargets: input.weeklyTargets });
  return toReviewView(row);
}
