import { z } from "zod";
import { text } from "./text.ts";
import { ZIdSchema, ZRecordListQuerySchema, ZTimestampSchema, listOf } from "./common.ts";
import { ZNotesSchema, ZRecordBaseSchema, ZUrlSchema, updateOf } from "./records.ts";

export const LEAD_STAGES = ["IDEA", "REFERRAL", "APPLIED", "INTERVIEW", "OFFER", "HIRED", "LOST"] as const;
export const ZLeadStageSchema = z.enum(LEAD_STAGES);

export const ZCreateLeadSchema = z.strictObject({
  title: text().trim().min(1).max(200),
  stage: ZLeadStageSchema,
  companyId: ZIdSchema.nullable().optional(),
  sourceContactId: ZIdSchema.nullable().optional(),
  url: ZUrlSchema.nullable().optional(),
  notes: ZNotesSchema.nullable().optional(),
});
export type TCreateLead = z.input<typeof ZCreateLeadSchema>;

export const ZUpdateLeadSchema = updateOf(ZCreateLeadSchema);
export type TUpdateLead = z.input<typeof ZUpdateLeadSchema>;

export const ZLeadSchema = ZRecordBaseSchema.extend({
  title: text(),
  stage: ZLeadStageSchema,
  companyId: ZIdSchema.nullable(),
  sourceContactId: ZIdSchema.nullable(),
  url: text().nullable(),
  notes: text().nullable(),
}).meta({ id: "Lead" });
export type TLead = z.output<typeof ZLeadSchema>;

export const ZLeadListQuerySchema = ZRecordListQuerySchema.extend({
  stage: ZLeadStageSchema.optional(),
  companyId: ZIdSchema.optional(),
  sourceContactId: ZIdSchema.optional().meta({ description: "Came from this contact." }),
});
export const ZLeadListSchema = listOf(ZLeadSchema);

/** A lead's stages, oldest first: the stage it was created in, then each change. */
export const ZLeadStageChangeSchema = z
  .object({ stage: ZLeadStageSchema, changedAt: ZTimestampSchema })
  .meta({ id: "LeadStageChange" });
export type TLeadStageChange = z.output<typeof ZLeadStageChangeSchema>;
export const ZLeadStageHistorySchema = z.object({ data: z.array(ZLeadStageChangeSchema) });
