import { z } from "zod";
import { text } from "./text.ts";
import { ZDateSchema, ZIdSchema, ZRecordListQuerySchema, listOf } from "./common.ts";
import { ZNotesSchema, ZRecordBaseSchema, ZRecordDateSchema, updateOf } from "./records.ts";

export const VISIBILITIES = ["BEHIND_THE_SCENES", "FRONT_FACING", "WITH_LEADERSHIP"] as const;
export const ZVisibilitySchema = z.enum(VISIBILITIES);

export const ZCreateEventSchema = z.strictObject({
  venueId: ZIdSchema,
  date: ZRecordDateSchema,
  hours: z.number().min(0.25).max(24),
  visibility: ZVisibilitySchema.nullable().optional().meta({ description: "For volunteering: how visible the work is." }),
  notes: ZNotesSchema.nullable().optional(),
});
export type TCreateEvent = z.input<typeof ZCreateEventSchema>;

export const ZUpdateEventSchema = updateOf(ZCreateEventSchema);
export type TUpdateEvent = z.input<typeof ZUpdateEventSchema>;

export const ZEventSchema = ZRecordBaseSchema.extend({
  venueId: ZIdSchema,
  date: ZDateSchema,
  hours: z.number(),
  visibility: ZVisibilitySchema.nullable(),
  notes: text().nullable(),
}).meta({ id: "Event" });
export type TEvent = z.output<typeof ZEventSchema>;

export const ZEventListQuerySchema = ZRecordListQuerySchema.extend({
  venueId: ZIdSchema.optional(),
  from: ZDateSchema.optional(),
  to: ZDateSchema.optional(),
});
export const ZEventListSchema = listOf(ZEventSchema);
