import type { Review } from "@traction/db";
import { ZReviewAdjustmentSchema, ZReviewSnapshotSchema, ZWeeklyTargetsSchema, type TReview } from "@traction/schemas";
import { z } from "zod";

const ZAdjustmentsSchema = z.array(ZReviewAdjustmentSchema);

/** A Review row → the API object; its JSON columns were written from the same schemas. */
export function toReviewView(row: Review): TReview {
  return {
    id: row.id,
    weekStart: row.weekStart,
    wentWell: row.wentWell,
    toChange: row.toChange,
    adjustments: ZAdjustmentsSchema.parse(row.adjustments),
    weeklyTargets: row.weeklyTargets === null ? null : ZWeeklyTargetsSchema.parse(row.weeklyTargets),
    snapshot: z.decode(ZReviewSnapshotSchema, row.snapshot as z.input<typeof ZReviewSnapshotSchema>),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
