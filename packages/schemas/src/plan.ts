import { z } from "zod";
import { text } from "./text.ts";
import { ZDateSchema, ZIdSchema, ZTimestampSchema } from "./common.ts";
import { ZRecordDateSchema } from "./records.ts";

const count = (max: number) => z.number().int().min(0).max(max);

export const ZWeeklyTargetsSchema = z.strictObject({
  events: count(50),
  newContacts: count(500),
  oneOnOnes: count(50),
  conversationsMentioningSearchPct: count(100),
});
export type TWeeklyTargets = z.infer<typeof ZWeeklyTargetsSchema>;

/** What a week is measured against when a jobseeker has not set a plan. */
export const DEFAULT_WEEKLY_TARGETS: TWeeklyTargets = {
  events: 2,
  newContacts: 5,
  oneOnOnes: 1,
  conversationsMentioningSearchPct: 50,
};

export const ZPutPlanSchema = z.strictObject({
  pitch: text().trim().max(500).nullable().optional(),
  targetRoles: z.array(text().trim().min(1).max(100)).max(20).optional(),
  weeklyTargets: ZWeeklyTargetsSchema.optional(),
  startsOn: ZRecordDateSchema.nullable().optional(),
});
export type TPutPlan = z.input<typeof ZPutPlanSchema>;

export const ZPlanSchema = z
  .object({
    id: ZIdSchema,
    pitch: text().nullable(),
    targetRoles: z.array(text()),
    weeklyTargets: ZWeeklyTargetsSchema,
    startsOn: ZDateSchema.nullable(),
    createdAt: ZTimestampSchema,
    updatedAt: ZTimestampSchema,
  })
  .meta({ id: "Plan" });
export type TPlan = z.output<typeof ZPlanSchema>;
