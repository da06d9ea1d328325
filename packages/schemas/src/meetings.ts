import { z } from "zod";
import { text } from "./text.ts";
import { ZDateSchema, ZIdSchema, ZPaginationQuerySchema, ZTimestampSchema, listOf } from "./common.ts";
import { ZNotesSchema, ZRecordBaseSchema, ZRecordTimestampSchema, updateOf } from "./records.ts";

export const MEETING_STATUSES = ["PROPOSED", "SCHEDULED", "DONE", "CANCELLED", "NO_SHOW"] as const;
export const ZMeetingStatusSchema = z.enum(MEETING_STATUSES);

export const ZCreateMeetingSchema = z.strictObject({
  contactId: ZIdSchema,
  status: ZMeetingStatusSchema,
  scheduledAt: ZRecordTimestampSchema.nullable().optional(),
  location: text().trim().max(200).nullable().optional(),
  agenda: ZNotesSchema.nullable().optional(),
  outcome: ZNotesSchema.nullable().optional(),
});
export type TCreateMeeting = z.input<typeof ZCreateMeetingSchema>;

export const ZUpdateMeetingSchema = updateOf(ZCreateMeetingSchema);
export type TUpdateMeeting = z.input<typeof ZUpdateMeetingSchema>;

export const ZMeetingSchema = ZRecordBaseSchema.extend({
  contactId: ZIdSchema,
  status: ZMeetingStatusSchema,
  scheduledAt: ZTimestampSchema.nullable(),
  location: text().nullable(),
  agenda: text().nullable(),
  outcome: text().nullable(),
}).meta({ id: "Meeting" });
export type TMeeting = z.output<typeof ZMeetingSchema>;

export const ZMeetingListQuerySchema = ZPaginationQuerySchema.extend({
  status: ZMeetingStatusSchema.optional(),
  contactId: ZIdSchema.optional(),
  from: ZDateSchema.optional().meta({ description: "Scheduled on or after this date." }),
  to: ZDateSchema.optional().meta({ description: "Scheduled on or before this date." }),
});
export const ZMeetingListSchema = listOf(ZMeetingSchema);
