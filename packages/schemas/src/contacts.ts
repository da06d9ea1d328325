import { z } from "zod";
import { ZDateSchema, ZIdSchema, ZPaginationQuerySchema, listOf } from "./common.ts";
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

const ZShortTextSchema = z.string().trim().max(200);
const ZTagSchema = z.string().trim().min(1).max(50);

export const ZCreateContactSchema = z.strictObject({
  name: ZNameSchema,
  company: ZShortTextSchema.nullable().optional(),
  title: ZShortTextSchema.nullable().optional(),
  email: z.email().max(254).nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
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
  name: z.string(),
  company: z.string().nullable(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  relationship: ZRelationshipSchema.nullable(),
  metAtEventId: ZIdSchema.nullable(),
  companyId: ZIdSchema.nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  firstMetOn: ZDateSchema.nullable().meta({
    description: "Read-only: the met-at event's date or the first conversation, whichever is earlier.",
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

export const ZContactListQuerySchema = ZPaginationQuerySchema.extend({
  q: z.string().trim().min(1).max(100).optional().meta({ description: "Case-insensitive search in name and company." }),
  relationship: ZRelationshipSchema.optional(),
  companyId: ZIdSchema.optional(),
  tag: ZTagSchema.optional(),
});
export const ZContactListSchema = listOf(ZContactSchema);
