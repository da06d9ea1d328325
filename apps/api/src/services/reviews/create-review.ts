import { weekStartIn, type TCreateReviewInput, type TReview } from "@traction/schemas";
import { conflict, invalid, notFound } from "../../lib/errors.ts";
import { putPlan } from "../plan/put-plan.ts";
import type { DbClient } from "../records/db-client.ts";
import { toReviewView } from "./review-view.ts";
import { weekSnapshot } from "./week-snapshot.ts";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Writes the review of one week with a snapshot of that week's insights and,
 * when it sets new weekly targets, writes them to the plan too. Run it in a
 * transaction: the review and the plan change together or not at all. A second
 * review of the same week is a 409 (the unique index decides, so concurrent
 * requests cannot both succeed).
 */
export async function createReview(
  db: DbClient,
  ownerId: string,
  input: TCreateReviewInput,
  now: Date = new Date(),
): Promise<TReview> {
  const owner = await db.user.findUnique({ where: { id: ownerId }, select: { timezone: true } });
  if (!owner) throw notFound("User");
  if (input.weekStart > weekStartIn(owner.timezone, now)) {
    throw invalid([{ path: "weekStart", message: "That week has not started yet; review it once it has" }]);
  }
  // The snapshot is taken against the plan's targets as they were during the week, before any new ones.
  const snapshot = await weekSnapshot(db, ownerId, input.weekStart, now);
  const { count } = await db.review.createMany({
    data: [
      {
        ownerId,
        weekStart: input.weekStart,
        wentWell: input.wentWell ?? null,
        toChange: input.toChange ?? null,
        adjustments: input.adjustments,
        ...(input.weeklyTargets ? { weeklyTargets: input.weeklyTargets } : {}),
        snapshot,
      },
    ],
    skipDuplicates: true,
  });
  if (count === 0) {
    throw conflict(`You already reviewed the week of ${isoDate(input.weekStart)}; open that review to change it`);
  }
  if (input.weeklyTargets) await putPlan(db, ownerId, { weeklyTargets: input.weeklyTargets });
  const row = await db.review.findUniqueOrThrow({ where: { ownerId_weekStart: { ownerId, weekStart: input.weekStart } } });
  return toReviewView(row);
}
