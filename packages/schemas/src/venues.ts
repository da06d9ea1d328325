import { z } from "zod";
import { text } from "./text.ts";
import { ZRecordListQuerySchema, listOf } from "./common.ts";
import { ZNameSchema, ZNotesSchema, ZRecordBaseSchema, ZUrlSchema, updateOf } from "./records.ts";

export const VENUE_KINDS = [
  "JOBSEEKER_SUPPORT_GROUP",
  "BUSINESS_NETWORKING_GROUP",
  "MEETUP",
  "PROFESSIONAL_ASSOCIATION",
  "INDUSTRY_EVENT",
  "VOLUNTEERING",
  "ALUMNI",
  "COMMUNITY",
  "ONLINE",
  "OTHER",
] as const;
export const ZVenueKindSchema = z.enum(VENUE_KINDS);
export type TVenueKind = z.infer<typeof ZVenueKindSchema>;

export const ZCreateVenueSchema = z.strictObject({
  name: ZNameSchema,
  kind: ZVenueKindSchema,
  url: ZUrlSchema.nullable().optional(),
  notes: ZNotesSchema.nullable().optional(),
});
export type TCreateVenue = z.input<typeof ZCreateVenueSchema>;

export const ZUpdateVenueSchema = updateOf(ZCreateVenueSchema);
export type TUpdateVenue = z.input<typeof ZUpdateVenueSchema>;

export const ZVenueSchema = ZRecordBaseSchema.extend({
  name: text(),
  kind: ZVenueKindSchema,
  url: text().nullable(),
  notes: text().nullable(),
}).meta({ id: "Venue" });
export type TVenue = z.output<typeof ZVenueSchema>;

export const ZVenueListQuerySchema = ZRecordListQuerySchema.extend({ kind: ZVenueKindSchema.optional() });
export const ZVenueListSchema = listOf(ZVenueSchema);

export const ZDeleteVenueQuerySchema = z.strictObject({
  cascade: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});
