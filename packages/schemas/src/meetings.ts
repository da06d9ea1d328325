import { z } from "zod";
import { text } from "./text.ts";
import { ZDateSchema, ZIdSchema, ZRecordListQuerySchema, ZTimestampSchema, listOf } from "./common.ts";
import { ZNotesSchema, ZRecordBaseSchema, ZRecordTimestampSchema, updateOf } from "./records.ts";

export const MEETING_STATUSES = ["PROPOSED", "SCHEDULED", "DONE", "CANCELLED", "NO_SHOW"] as const;
export const ZMeetingStatusSchema = z.enum(MEETING_STATUSES);

/** The words a person reads when a scheduled one-on-one has no time (after the field's label, "When"). */
export const SCHEDULED_NEEDS_TIME = "is required for a scheduled one-on-one";

const ZMeetingFieldsSchema = z.strictObject({
  contactId: ZIdSchema,
  status: ZMeetingStatusSchema,
  scheduledAt: ZRecordTimestampSchema.nullable().optional(),
  location: text().trim().max(200).nullable().optional(),
  agenda: ZNotesSchema.nullable().optional(),
  outcome: ZNotesSchema.nullable().optional(),
});

/**
 * The rule is checked once the body is an object and `status` and `scheduledAt` themselves are valid (else their
 * own errors say enough; and a body that is not an object, e.g. JSON `null`, has no fields to compare).
 */
const timeAndStatusValid = (payload: { issues: ReadonlyArray<{ path?: PropertyKey[] }> }) =>
  payload.issues.every((issue) => {
    const field = issue.path?.[0];
    return field !== undefined && field !== "scheduledAt" && field !== "status";
  });

/** A scheduled one-on-one has a time: on create it must be given, on update it may not be cleared in the same body. */
export const ZCreateMeetingSchema = ZMeetingFieldsSchema.refine(
  (body) => body.status !== "SCHEDULED" || Boolean(body.scheduledAt),
  {
    path: ["scheduledAt"],
    message: SCHEDULED_NEEDS_TIME,
    when: timeAndStatusValid,
  },
);
export type TCreateMeeting = z.input<typeof ZCreateMeetingSchema>;

/** A move to SCHEDULED without a time in the body is checked against the stored meeting by the API. */
export const ZUpdateMeetingSchema = updateOf(ZMeetingFieldsSchema).refine(
  (body) => !(body.status === "SCHEDULED" && body.scheduledAt === null),
  {
    path: ["scheduledAt"],
    message: SCHEDULED_NEEDS_TIME,
    when: timeAndStatusValid,
  },
);
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

export const ZMeetingListQuerySchema = ZRecordListQuerySchema.extend({
  status: ZMeetingStatusSchema.optional(),
  contactId: ZIdSchema.optional(),
  from: ZDateSchema.optional().meta({ description: "Scheduled on or after this date." }),
  to: ZDateSchema.optional().meta({ description: "Scheduled on or before this date." }),
});
export const ZMeetingListSchema = listOf(ZMeetingSchema);
