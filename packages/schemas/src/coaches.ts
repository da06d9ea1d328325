/**
 * Coaches: linking by consent (invite codes), the roster, comments, assigned
 * tasks, suggested weekly targets and the access log a client reads.
 */
import { z } from "zod";
import { isWithinDateRange, text } from "./text.ts";
import { ZDateSchema, ZIdSchema, ZPaginationQuerySchema, ZTimestampSchema, listOf } from "./common.ts";
import { ZRoleSchema } from "./auth.ts";
import { ZFlagSchema, ZInsightsSchema } from "./insights.ts";
import { ZWeeklyTargetsSchema } from "./plan.ts";
import { ZCreateTaskSchema } from "./tasks.ts";

/** Someone on the other side of a link: `{ id, name }`. */
export const ZPersonSchema = z.object({ id: ZIdSchema, name: text() });
export type TPerson = z.infer<typeof ZPersonSchema>;

export const COACH_LINK_STATUSES = ["ACTIVE", "REVOKED", "ENDED"] as const;
export const ZCoachLinkStatusSchema = z.enum(COACH_LINK_STATUSES);
export type TCoachLinkStatus = z.infer<typeof ZCoachLinkStatusSchema>;

// Invites and links ---------------------------------------------------------

export const ZCoachInviteSchema = z
  .object({
    code: text().meta({ description: "Shown once: only its hash is stored. Single use, valid 7 days." }),
    expiresAt: ZTimestampSchema,
  })
  .meta({ id: "CoachInvite" });
export type TCoachInvite = z.output<typeof ZCoachInviteSchema>;

export const ZRedeemInviteSchema = z.strictObject({
  code: text()
    .trim()
    .min(1)
    .max(64)
    .meta({ description: "The code the client gave you; case, spaces and dashes do not matter." }),
});
export type TRedeemInvite = z.input<typeof ZRedeemInviteSchema>;

export const ZCoachLinkSchema = z
  .object({ id: ZIdSchema, client: ZPersonSchema, status: ZCoachLinkStatusSchema, createdAt: ZTimestampSchema })
  .meta({ id: "CoachLink" });
export type TCoachLink = z.output<typeof ZCoachLinkSchema>;

export const ZMyCoachSchema = z
  .object({
    id: ZIdSchema.meta({ description: "The link's id (for `DELETE /coaches/:linkId`)." }),
    coach: ZPersonSchema.extend({ email: text() }),
    status: ZCoachLinkStatusSchema,
    createdAt: ZTimestampSchema,
    endedAt: ZTimestampSchema.nullable(),
  })
  .meta({ id: "MyCoach" });
export type TMyCoach = z.output<typeof ZMyCoachSchema>;

export const ZMyCoachListQuerySchema = ZPaginationQuerySchema.extend({ status: ZCoachLinkStatusSchema.optional() });
export const ZMyCoachListSchema = listOf(ZMyCoachSchema);

export const ZLinkIdParamsSchema = z.strictObject({ linkId: ZIdSchema });

// The roster and a client's read-only views -------------------------------------

export const ZClientParamsSchema = z.strictObject({ clientId: ZIdSchema });
export const ZClientRecordParamsSchema = ZClientParamsSchema.extend({ id: ZIdSchema });

export const ZRosterEntrySchema = z
  .object({
    client: ZPersonSchema,
    linkId: ZIdSchema,
    // The same health score as the client's insights, whatever shape those give it.
    healthScore: ZInsightsSchema.shape.healthScore,
    flags: z.array(ZFlagSchema),
    lastActivityOn: ZDateSchema.nullable(),
    targets: ZInsightsSchema.shape.targets,
    lastReviewWeek: ZDateSchema.nullable().meta({
      description: "The Monday of the latest week the client reviewed (`POST /reviews`), or null if never.",
    }),
    reviewedLastWeek: z.boolean().meta({
      description: "Whether the client has written the review of last week (the week before the current one in their time zone).",
    }),
  })
  .meta({ id: "RosterEntry" });
export type TRosterEntry = z.output<typeof ZRosterEntrySchema>;

export const ZRosterQuerySchema = ZPaginationQuerySchema.extend({
  flag: ZFlagSchema.optional().meta({ description: "Only clients with this flag." }),
  q: text()
    .trim()
    .min(1, { message: "Type at least one character of the name" })
    .max(200, { message: "At most 200 characters" })
    .optional()
    .meta({ description: "Client name contains (case-insensitive)." }),
});
export type TRosterQuery = z.output<typeof ZRosterQuerySchema>;
export const ZRosterSchema = listOf(ZRosterEntrySchema);

/** A coach's assignment: a task in the client's list. Done is the client's to set. */
export const ZCreateAssignmentSchema = ZCreateTaskSchema.omit({ done: true });
export type TCreateAssignment = z.input<typeof ZCreateAssignmentSchema>;

// Comments ---------------------------------------------------------------------

export const COMMENT_SUBJECT_TYPES = ["WEEK", "EVENT", "CONVERSATION", "MEETING", "LEAD", "PLAN", "REVIEW"] as const;
export const ZCommentSubjectTypeSchema = z.enum(COMMENT_SUBJECT_TYPES);
export type TCommentSubjectType = z.infer<typeof ZCommentSubjectTypeSchema>;

const ZCommentBodySchema = text().trim().min(1).max(5_000);
const ZSubjectIdSchema = text().trim().min(1).max(64).meta({
  description:
    "The record's id; for `WEEK`, the week's Monday as `YYYY-MM-DD`; for `PLAN`, the plan's id; for `REVIEW`, the weekly review's id.",
});

const isMonday = (text: string) => {
  const date = new Date(`${text}T00:00:00.000Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    !Number.isNaN(date.getTime()) &&
    date.toISOString().startsWith(text) &&
    date.getUTCDay() === 1 &&
    isWithinDateRange(date)
  );
};

/** The shape of `subjectId` for its `subjectType`: a Monday for WEEK, a UUID otherwise. */
function checkSubjectId(value: { subjectType?: TCommentSubjectType; subjectId?: string }, ctx: z.RefinementCtx) {
  const { subjectType, subjectId } = value;
  if (subjectType === undefined || subjectId === undefined) return;
  if (subjectType === "WEEK" && !isMonday(subjectId)) {
    ctx.addIssue({ code: "custom", path: ["subjectId"], message: "Choose a week (its Monday)" });
  } else if (subjectType !== "WEEK" && !ZIdSchema.safeParse(subjectId).success) {
    ctx.addIssue({ code: "custom", path: ["subjectId"], message: `Choose the ${subjectType.toLowerCase()}` });
  }
}

export const ZCreateCommentSchema = z
  .strictObject({
    clientId: ZIdSchema.meta({ description: "The client the thread is about (a client replying passes their own id)." }),
    subjectType: ZCommentSubjectTypeSchema,
    subjectId: ZSubjectIdSchema,
    parentId: ZIdSchema.nullable().optional().meta({ description: "The comment this one replies to (same subject)." }),
    body: ZCommentBodySchema,
  })
  .superRefine(checkSubjectId);
export type TCreateComment = z.input<typeof ZCreateCommentSchema>;

export const ZUpdateCommentSchema = z.strictObject({ body: ZCommentBodySchema });
export type TUpdateComment = z.input<typeof ZUpdateCommentSchema>;

export const ZCommentSchema = z
  .object({
    id: ZIdSchema,
    clientId: ZIdSchema,
    author: ZPersonSchema.extend({ role: ZRoleSchema }),
    subjectType: ZCommentSubjectTypeSchema,
    subjectId: text(),
    parentId: ZIdSchema.nullable(),
    body: text(),
    createdAt: ZTimestampSchema,
    updatedAt: ZTimestampSchema,
  })
  .meta({ id: "Comment" });
export type TComment = z.output<typeof ZCommentSchema>;

export const ZCommentListQuerySchema = ZPaginationQuerySchema.extend({
  clientId: ZIdSchema,
  subjectType: ZCommentSubjectTypeSchema.optional(),
  subjectId: ZSubjectIdSchema.optional(),
}).superRefine(checkSubjectId);
export type TCommentListQuery = z.output<typeof ZCommentListQuerySchema>;
export const ZCommentListSchema = listOf(ZCommentSchema);

// Suggested weekly targets ------------------------------------------------------

export const TARGET_SUGGESTION_STATUSES = ["PROPOSED", "ACCEPTED", "DECLINED"] as const;
export const ZTargetSuggestionStatusSchema = z.enum(TARGET_SUGGESTION_STATUSES);
export type TTargetSuggestionStatus = z.infer<typeof ZTargetSuggestionStatusSchema>;

export const ZCreateTargetSuggestionSchema = z.strictObject({ weeklyTargets: ZWeeklyTargetsSchema });
export type TCreateTargetSuggestion = z.input<typeof ZCreateTargetSuggestionSchema>;

export const ZTargetSuggestionSchema = z
  .object({
    id: ZIdSchema,
    coach: ZPersonSchema,
    clientId: ZIdSchema,
    weeklyTargets: ZWeeklyTargetsSchema,
    status: ZTargetSuggestionStatusSchema,
    createdAt: ZTimestampSchema,
    decidedAt: ZTimestampSchema.nullable(),
  })
  .meta({ id: "TargetSuggestion" });
export type TTargetSuggestion = z.output<typeof ZTargetSuggestionSchema>;

export const ZTargetSuggestionListQuerySchema = ZPaginationQuerySchema.extend({
  status: ZTargetSuggestionStatusSchema.optional(),
});
export type TTargetSuggestionListQuery = z.output<typeof ZTargetSuggestionListQuerySchema>;
export const ZTargetSuggestionListSchema = listOf(ZTargetSuggestionSchema);

// The access log -------------------------------------------------------------

export const ZAccessLogEntrySchema = z
  .object({
    coach: ZPersonSchema.meta({ description: "Who read it: a linked coach, or an organisation's admin reading its roster." }),
    org: ZPersonSchema.nullable().meta({
      description: "The organisation the read was made for (its client roster, `org-roster`); null for a coach's own reads.",
    }),
    resource: text().meta({
      description: "What was read: `roster`, `org-roster`, `insights`, `events`, `events/<id>`, `comments`, ...",
    }),
    at: ZTimestampSchema,
  })
  .meta({ id: "AccessLogEntry" });
export type TAccessLogEntry = z.output<typeof ZAccessLogEntrySchema>;
export const ZAccessLogSchema = listOf(ZAccessLogEntrySchema);
