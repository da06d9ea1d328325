/**
 * Duplicates and merges of contacts and target companies. Names are compared
 * by a key that ignores case, accents and spacing ("Sàm  Ortiz" = "sam ortiz");
 * a contact's email by its lower-case text.
 */
import { z } from "zod";
import { text } from "./text.ts";
import { ZIdSchema } from "./common.ts";
import { ZCompanySchema } from "./companies.ts";
import { ZContactSchema } from "./contacts.ts";

const ZMatchNameSchema = text().trim().min(1).max(200).meta({ description: "Compared without case, accents or extra spaces." });

export const ZContactDuplicatesQuerySchema = z.strictObject({
  name: ZMatchNameSchema,
  email: text().trim().max(254).optional().meta({ description: "Also matches a contact with this email, whatever its name." }),
  excludeId: ZIdSchema.optional().meta({ description: "Leaves this contact out (the one being edited)." }),
});
export type TContactDuplicatesQuery = z.output<typeof ZContactDuplicatesQuerySchema>;

export const DUPLICATE_MATCHES = ["name", "email"] as const;
export const ZContactDuplicatesSchema = z
  .object({
    data: z.array(
      ZContactSchema.extend({
        matchedOn: z.array(z.enum(DUPLICATE_MATCHES)).meta({ description: "What this contact shares with the query." }),
      }),
    ),
  })
  .meta({ id: "ContactDuplicates" });
export type TContactDuplicates = z.output<typeof ZContactDuplicatesSchema>;

export const ZCompanyDuplicatesQuerySchema = z.strictObject({
  name: ZMatchNameSchema,
  excludeId: ZIdSchema.optional().meta({ description: "Leaves this company out (the one being edited)." }),
});
export type TCompanyDuplicatesQuery = z.output<typeof ZCompanyDuplicatesQuerySchema>;
export const ZCompanyDuplicatesSchema = z.object({ data: z.array(ZCompanySchema) }).meta({ id: "CompanyDuplicates" });
export type TCompanyDuplicates = z.output<typeof ZCompanyDuplicatesSchema>;

export const ZMergeRequestSchema = z.strictObject({
  sourceId: ZIdSchema.meta({ description: "The duplicate to merge into the record of the path; it is deleted." }),
  preview: z
    .boolean()
    .optional()
    .meta({ description: "Answer with the outcome, `moved` and `filled` as the merge would, and change nothing." }),
});
export type TMergeRequest = z.input<typeof ZMergeRequestSchema>;

const count = z.number().int().min(0);
const ZFilledSchema = z
  .array(text())
  .meta({ description: "The kept record's fields that were empty and now hold the duplicate's value." });

export const ZContactMergeSchema = z
  .object({
    contact: ZContactSchema,
    moved: z.object({ conversations: count, meetings: count, tasks: count, leads: count }),
    filled: ZFilledSchema,
    preview: z.boolean(),
  })
  .meta({ id: "ContactMerge" });
export type TContactMerge = z.output<typeof ZContactMergeSchema>;

export const ZCompanyMergeSchema = z
  .object({
    company: ZCompanySchema,
    moved: z.object({ contacts: count, leads: count, conversations: count }),
    filled: ZFilledSchema,
    preview: z.boolean(),
  })
  .meta({ id: "CompanyMerge" });
export type TCompanyMerge = z.output<typeof ZCompanyMergeSchema>;
