import { Prisma } from "@traction/db";
import type { TReview, ZUpdateReviewSchema } from "@traction/schemas";
import type { z } from "zod";
import type { IfMatch } from "../../lib/etag.ts";
import { putPlan } from "../plan/put-plan.ts";
import { lockVersion } from "../records/lock-version.ts";
import type { DbClient } from "../records/db-client.ts";
import { toReviewView } from "./review-view.ts";

/**
 * Edits a review's words, adjustments or targets (the week and its snapshot
 * stay as they were). New weekly targets are written to the plan as well; run
 * it in a transaction. With `ifMatch`, only over that version (else 412).
 */
export async function updateReview(
  db: DbClient,
  ownerId: string,
  id: string,
  input: z.output<typeof ZUpdateReviewSchema>,
  ifMatch?: IfMatch,
): Promise<TReview> {
  await lockVersion(db.review, { id, ownerId }, "Review", ifMatch);
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
