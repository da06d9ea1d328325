import { z } from "zod";
import { text } from "./text.ts";
import { ZRecordListQuerySchema, listOf } from "./common.ts";
import { ZNameSchema, ZNotesSchema, ZRecordBaseSchema, updateOf } from "./records.ts";

export const COMPANY_STATUSES = ["RESEARCHING", "CONNECTED", "APPLIED", "INTERVIEWING", "OFFER", "CLOSED"] as const;
export const ZCompanyStatusSchema = z.enum(COMPANY_STATUSES);

const ZPrioritySchema = z
  .number()
  .int({ message: "Choose 1, 2 or 3" })
  .min(1, { message: "Choose 1, 2 or 3" })
  .max(3, { message: "Choose 1, 2 or 3" });

export const ZCreateCompanySchema = z.strictObject({
  name: ZNameSchema,
  priority: ZPrioritySchema.nullable().optional(),
  status: ZCompanyStatusSchema.optional(),
  notes: ZNotesSchema.nullable().optional(),
});
export type TCreateCompany = z.input<typeof ZCreateCompanySchema>;

export const ZUpdateCompanySchema = updateOf(ZCreateCompanySchema);
export type TUpdateCompany = z.input<typeof ZUpdateCompanySchema>;

export const ZCompanySchema = ZRecordBaseSchema.extend({
  name: text(),
  priority: z.number().int().nullable(),
  status: ZCompanyStatusSchema,
  notes: text().nullable(),
  insiderCount: z.number().int().meta({ description: "Read-only: your contacts there who are insiders or connectors." }),
}).meta({ id: "Company" });
export type TCompany = z.output<typeof ZCompanySchema>;

export const ZCompanyListQuerySchema = ZRecordListQuerySchema.extend({
  status: ZCompanyStatusSchema.optional(),
  priority: z.coerce.number().int().min(1).max(3).optional(),
});
export const ZCompanyListSchema = listOf(ZCompanySchema);
