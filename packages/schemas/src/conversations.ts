import { z } from "zod";
import { text } from "./text.ts";
import { ZDateSchema, ZIdSchema, ZRecordListQuerySchema, listOf } from "./common.ts";
import { ZNotesSchema, ZRecordBaseSchema, ZRecordDateSchema, updateOf } from "./records.ts";
import { MESSAGES } from "./messages.ts";

export const CHANNELS = ["AT_EVENT", "ONE_ON_ONE", "PHONE", "EMAIL", "ONLINE"] as const;
export const ZChannelSchema = z.enum(CHANNELS);

export const ZFollowUpInputSchema = z.strictObject({
  action: text().trim().min(1).max(200),
  dueOn: ZRecordDateSchema,
});

/** A list of ids that name each record once: a repeat is a 400 at its index (`contactIds.2`), not a database conflict. */
const idSet = (min: number, max: number, message?: string) =>
  z
    .array(ZIdSchema)
    .min(min, message ? { message } : undefined)
    .max(max)
    .superRefine((ids, ctx) => {
      ids.forEach((id, index) => {
        if (ids.indexOf(id) !== index) ctx.addIssue({ code: "custom", path: [index], message: MESSAGES.listedTwice });
      });
    });

export const ZCreateConversationSchema = z.strictObject({
  date: ZRecordDateSchema,
  contactIds: idSet(1, 50, "Choose at least one person"),
  eventId: ZIdSchema.nullable().optional(),
  meetingId: ZIdSchema.nullable().optional(),
  channel: ZChannelSchema.nullable().optional(),
  mentionedJobSearch: z.boolean().optional(),
  mentionedCompanyIds: idSet(0, 50).optional(),
  explainedWhatIDo: z.boolean().optional(),
  smallTalkOnly: z.boolean().optional(),
  notes: ZNotesSchema.nullable().optional(),
  followUp: ZFollowUpInputSchema.nullable().optional().meta({
    description: "Becomes a task linked to the first contact; the task's `done` is the follow-up's state.",
  }),
});
export type TCreateConversation = z.input<typeof ZCreateConversationSchema>;

export const ZUpdateConversationSchema = updateOf(ZCreateConversationSchema);
export type TUpdateConversation = z.input<typeof ZUpdateConversationSchema>;

export const ZConversationSchema = ZRecordBaseSchema.extend({
  date: ZDateSchema,
  contactIds: z.array(ZIdSchema),
  eventId: ZIdSchema.nullable(),
  meetingId: ZIdSchema.nullable(),
  channel: ZChannelSchema.nullable(),
  mentionedJobSearch: z.boolean(),
  mentionedCompanyIds: z.array(ZIdSchema),
  explainedWhatIDo: z.boolean(),
  smallTalkOnly: z.boolean(),
  notes: text().nullable(),
  followUp: z.object({ action: text(), dueOn: ZDateSchema.nullable(), done: z.boolean(), taskId: ZIdSchema }).nullable(),
}).meta({ id: "Conversation" });
export type TConversation = z.output<typeof ZConversationSchema>;

export const ZConversationListQuerySchema = ZRecordListQuerySchema.extend({
  contactId: ZIdSchema.optional(),
  eventId: ZIdSchema.optional(),
  from: ZDateSchema.optional(),
  to: ZDateSchema.optional(),
});
export const ZConversationListSchema = listOf(ZConversationSchema);
