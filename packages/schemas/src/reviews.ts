/**
 * The weekly review ("analyse the process and readjust"): once a week the
 * jobseeker looks at last week's numbers against the plan and the findings,
 * writes what went well and what to change, commits to concrete adjustments
 * (each tied to an area of the advice, optionally to a finding) and may set new
 * weekly targets. `GET /reviews/:id/effect` compares the weeks before the
 * review with the weeks after it.
 */
import { z } from "zod";
import { storable, text } from "./text.ts";
import { ZDateSchema, ZIdSchema, ZRecordListQuerySchema, ZTimestampSchema, listOf } from "./common.ts";
import { FLAGS, type TTip } from "./insights.ts";
import { ZWeeklyTargetsSchema } from "./plan.ts";

const DAY_MS = 86_400_000;

export const REVIEW_AREAS = ["WHERE", "OPPORTUNITIES", "CONVERSATIONS", "ONE_ON_ONES", "TARGETS", "OTHER"] as const;
export const ZReviewAreaSchema = z.enum(REVIEW_AREAS, {
  message: "Choose an area: where, opportunities, conversations, one-on-ones, targets or other",
});
export type TReviewArea = z.infer<typeof ZReviewAreaSchema>;

/**
 * The Monday that starts the reviewed week. "Not in the future" is checked
 * here against the earliest time zone's today (UTC+14); the API checks it
 * again against the user's own time zone.
 */
export const ZReviewWeekStartSchema = ZDateSchema.refine((date) => date.getUTCDay() === 1, {
  message: "Choose the Monday that starts the week you review",
})
  .refine((date) => date.getUTCFullYear() >= 1900, { message: "Choose a week after 1900" })
  .refine((date) => date.getTime() <= Date.now() + DAY_MS, { message: "You can review a week once it has started" })
  .meta({ description: "The Monday (in your time zone) of the reviewed week, `YYYY-MM-DD`; not a week still to come." });

/** No NUL and no unpaired surrogate: PostgreSQL text cannot hold the first, JSON readers choke on the second. */
/** Text the database can store (no NUL, no lone surrogate), like every text field. */
const plainText = <T extends z.ZodString>(schema: T) => storable(schema);

const reviewText = (what: string) =>
  plainText(
    z
      .string()
      .trim()
      .max(5_000, { message: `Keep ${what} under 5,000 characters` }),
  );

export const ZReviewAdjustmentSchema = z
  .strictObject({
    area: ZReviewAreaSchema,
    note: plainText(
      z
        .string()
        .trim()
        .min(1, { message: "Say what you will do differently" })
        .max(1_000, { message: "Keep an adjustment under 1,000 characters" }),
    ),
    findingCode: z
      .enum(FLAGS, { message: "Choose one of the week's findings (a flag code such as RUT)" })
      .nullable()
      .optional()
      .meta({ description: "The finding this adjustment answers (a flag code such as `RUT`), if any." }),
  })
  .meta({ id: "ReviewAdjustment" });
export type TReviewAdjustment = z.output<typeof ZReviewAdjustmentSchema>;

const ZAdjustmentsSchema = z.array(ZReviewAdjustmentSchema).max(20, { message: "Keep it to 20 adjustments at most" });

export const ZCreateReviewSchema = z.strictObject({
  weekStart: ZReviewWeekStartSchema,
  wentWell: reviewText("what went well").nullable().optional(),
  toChange: reviewText("what to change").nullable().optional(),
  adjustments: ZAdjustmentsSchema.default([]),
  weeklyTargets: ZWeeklyTargetsSchema.nullable()
    .optional()
    .meta({ description: "New weekly targets; they also become the plan's, in the same transaction." }),
});
export type TCreateReview = z.input<typeof ZCreateReviewSchema>;
export type TCreateReviewInput = z.output<typeof ZCreateReviewSchema>;

export const ZUpdateReviewSchema = z
  .strictObject({
    wentWell: reviewText("what went well").nullable().optional(),
    toChange: reviewText("what to change").nullable().optional(),
    adjustments: ZAdjustmentsSchema.optional(),
    weeklyTargets: ZWeeklyTargetsSchema.nullable()
      .optional()
      .meta({ description: "New weekly targets (also written to the plan); `null` forgets them here, the plan keeps its own." }),
  })
  .refine((body) => Object.keys(body).length > 0, {
    message: "Change at least one field",
    when: (payload) => payload.issues.length === 0,
  });
export type TUpdateReview = z.input<typeof ZUpdateReviewSchema>;

// The snapshot -----------------------------------------------------------------
// Stored with the review and returned as stored: it keeps what the week looked
// like when it was reviewed, even after later edits to the records or changes to
// the rules. Its codes are plain strings so that an old snapshot always reads back.

const ZTargetActualSchema = z.object({ target: z.number(), actual: z.number() });

export const ZReviewSnapshotSchema = z
  .object({
    period: z.object({ from: ZDateSchema, to: ZDateSchema }),
    healthScore: z.number().nullable(),
    flags: z.array(text()),
    week: z.object({
      events: z.number(),
      hours: z.number(),
      newContacts: z.number(),
      conversations: z.number(),
      conversationsMentioningSearchPct: z.number(),
      oneOnOnes: z.number(),
      leads: z.number(),
    }),
    targets: z.object({
      events: ZTargetActualSchema,
      newContacts: ZTargetActualSchema,
      oneOnOnes: ZTargetActualSchema,
      conversationsMentioningSearchPct: ZTargetActualSchema,
    }),
    tips: z.array(z.object({ tip: text(), status: text() })),
    findings: z.array(
      z.object({
        tip: text(),
        code: text(),
        severity: text(),
        message: text(),
        recommendation: text(),
        evidence: z.record(text(), z.unknown()),
      }),
    ),
  })
  .meta({
    id: "ReviewSnapshot",
    description:
      "The reviewed week's numbers, its targets from the plan, tips and findings, as they were when the review was written.",
  });
export type TReviewSnapshot = z.output<typeof ZReviewSnapshotSchema>;

export const ZReviewSchema = z
  .object({
    id: ZIdSchema,
    weekStart: ZDateSchema,
    wentWell: text().nullable(),
    toChange: text().nullable(),
    adjustments: z.array(ZReviewAdjustmentSchema),
    weeklyTargets: ZWeeklyTargetsSchema.nullable(),
    snapshot: ZReviewSnapshotSchema,
    createdAt: ZTimestampSchema,
    updatedAt: ZTimestampSchema,
  })
  .meta({ id: "Review" });
export type TReview = z.output<typeof ZReviewSchema>;

export const ZReviewListQuerySchema = ZRecordListQuerySchema;
export type TReviewListQuery = z.output<typeof ZReviewListQuerySchema>;
export const ZReviewListSchema = listOf(ZReviewSchema);

// The effect -------------------------------------------------------------------

export const EFFECT_METRICS = [
  "events",
  "hours",
  "newContacts",
  "conversations",
  "conversationsMentioningSearchPct",
  "oneOnOnes",
  "leads",
] as const;
export const ZEffectMetricSchema = z.enum(EFFECT_METRICS);
export type TEffectMetric = z.infer<typeof ZEffectMetricSchema>;

export const ZReviewEffectQuerySchema = z.strictObject({
  weeks: z.coerce
    .number({ message: "Give a number of weeks" })
    .int({ message: "Give a whole number of weeks" })
    .min(1, { message: "Compare at least 1 week" })
    .max(26, { message: "Compare at most 26 weeks" })
    .default(4)
    .meta({ description: "How many weeks before and after the reviewed week to compare (1–26, default 4)." }),
});
export type TReviewEffectQuery = z.output<typeof ZReviewEffectQuerySchema>;

const mean = z.number().nullable();

export const ZEffectWindowSchema = z
  .object({
    from: ZDateSchema.meta({ description: "The first week counted (before: not earlier than your first logged activity)." }),
    to: ZDateSchema,
    weeks: z.number().int().meta({ description: "Complete weeks in the window so far (the means are over these)." }),
    events: mean,
    hours: mean,
    newContacts: mean,
    conversations: mean,
    conversationsMentioningSearchPct: mean.meta({
      description: "Share of the window's conversations that mentioned the search, in percent (null without conversations).",
    }),
    oneOnOnes: mean,
    leads: mean,
  })
  .meta({ id: "ReviewEffectWindow", description: "Weekly means over the window; null while it has no complete week." });
export type TEffectWindow = z.output<typeof ZEffectWindowSchema>;

export const ZReviewEffectSchema = z
  .object({
    reviewId: ZIdSchema,
    weekStart: ZDateSchema,
    before: ZEffectWindowSchema,
    after: ZEffectWindowSchema,
    changes: z.array(
      z.object({ metric: ZEffectMetricSchema, before: mean, after: mean, change: mean.meta({ description: "after − before" }) }),
    ),
  })
  .meta({ id: "ReviewEffect" });
export type TReviewEffect = z.output<typeof ZReviewEffectSchema>;

/** Which tip an area of adjustment belongs to (TARGETS and OTHER belong to none). */
export const AREA_TIP: Partial<Record<TReviewArea, TTip>> = {
  WHERE: "WHERE",
  OPPORTUNITIES: "OPPORTUNITIES",
  CONVERSATIONS: "CONVERSATIONS",
  ONE_ON_ONES: "ONE_ON_ONES",
};
