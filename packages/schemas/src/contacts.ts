import { z } from "zod";
import { text } from "./text.ts";
import { ZDateSchema, ZIdSchema, ZRecordListQuerySchema, listOf } from "./common.ts";
import { ZNameSchema, ZNotesSchema, ZRecordBaseSchema, ZUrlSchema, updateOf } from "./records.ts";

export const RELATIONSHIPS = [
  "HIRING_MANAGER",
  "INSIDER",
  "CONNECTOR",
  "RECRUITER",
  "PEER_JOBSEEKER",
  "FRIEND_FAMILY",
  "OTHER",
] as const;
export const ZRelationshipSchema = z.enum(RELATIONSHIPS);
export type TRelationship = z.infer<typeof ZRelationshipSchema>;

const ZShortTextSchema = text().trim().max(200);
const ZTagSchema = text().trim().min(1).max(50);

export const ZCreateContactSchema = z.strictObject({
  name: ZNameSchema,
  company: ZShortTextSchema.nullable().optional(),
  title: ZShortTextSchema.nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  phone: text().trim().max(50).nullable().optional(),
  linkedinUrl: ZUrlSchema.nullable().optional(),
  relationship: ZRelationshipSchema.nullable().optional(),
  metAtEventId: ZIdSchema.nullable().optional(),
  companyId: ZIdSchema.nullable().optional().meta({ description: "A target company of yours." }),
  tags: z.array(ZTagSchema).max(30).optional(),
  notes: ZNotesSchema.nullable().optional(),
});
export type TCreateContact = z.input<typeof ZCreateContactSchema>;

export const ZUpdateContactSchema = updateOf(ZCreateContactSchema);
export type TUpdateContact = z.input<typeof ZUpdateContactSchema>;

export const ZContactSchema = ZRecordBaseSchema.extend({
  name: text(),
  company: text().nullable(),
  title: text().nullable(),
  email: text().nullable(),
  phone: text().nullable(),
  linkedinUrl: text().nullable(),
  relationship: ZRelationshipSchema.nullable(),
  metAtEventId: ZIdSchema.nullable(),
  companyId: ZIdSchema.nullable(),
  tags: z.array(text()),
  notes: text().nullable(),
  firstMetOn: ZDateSchema.nullable().meta({
    description:
      "Read-only: the earliest of the met-at event's date, the first conversation and the day the contact was added (in your time zone; not for contacts tagged `linkedin` by the LinkedIn import). Insights count a contact as new in the period holding this day.",
  }),
  lastContactedOn: ZDateSchema.nullable().meta({ description: "Read-only: the latest conversation or one-on-one done." }),
  lastHeardPitchOn: ZDateSchema.nullable().meta({
    description: "Read-only: the latest conversation in which you explained what you do.",
  }),
  suggestedCompanyId: ZIdSchema.nullable().meta({
    description:
      "Read-only: while `companyId` is empty, your target company whose name matches the free-text `company` (case, accents and spacing aside); PATCH `companyId` to link it.",
  }),
}).meta({ id: "Contact" });
export type TContact = z.output<typeof ZContactSchema>;

export const ZContactListQuerySchema = ZRecordListQuerySchema.extend({
  q: text().trim().min(1).max(100).optional().meta({ description: "Case-insensitive search in name and company." }),
  relationship: ZRelationshipSchema.optional(),
  companyId: ZIdSchema.optional(),
  tag: ZTagSchema.optional(),
});
export const ZContactListSchema = listOf(ZContactSchema);
