/**
 * A coach invites a jobseeker by email: the email carries a link to the
 * dashboard's accept screen; the jobseeker, signed in with that address,
 * accepts (→ an active coach link) or declines. Still the jobseeker's consent.
 */
import { z } from "zod";
import { ZEmailSchema } from "./auth.ts";
import { ZIdSchema, ZPaginationQuerySchema, ZTimestampSchema, listOf } from "./common.ts";
import { ZMyCoachSchema, ZPersonSchema } from "./coaches.ts";
import { text } from "./text.ts";

export const COACH_EMAIL_INVITE_STATUSES = ["PENDING", "ACCEPTED", "DECLINED", "REVOKED", "EXPIRED"] as const;
export const ZCoachEmailInviteStatusSchema = z.enum(COACH_EMAIL_INVITE_STATUSES);
export type TCoachEmailInviteStatus = z.infer<typeof ZCoachEmailInviteStatusSchema>;

export const ZCreateCoachEmailInviteSchema = z.strictObject({
  email: text()
    .trim()
    .pipe(ZEmailSchema)
    .meta({ description: "The jobseeker's email address (spaces around it are dropped; stored lower-cased)." }),
});
export type TCreateCoachEmailInvite = z.input<typeof ZCreateCoachEmailInviteSchema>;

export const ZCoachEmailInviteSchema = z
  .object({
    id: ZIdSchema,
    email: text(),
    status: ZCoachEmailInviteStatusSchema.meta({
      description:
        "`EXPIRED`: still unanswered after 7 days. A new invitation to the same address replaces a pending one (`REVOKED`).",
    }),
    expiresAt: ZTimestampSchema,
    createdAt: ZTimestampSchema,
    decidedAt: ZTimestampSchema.nullable().meta({ description: "When it was accepted, declined or revoked." }),
  })
  .meta({ id: "CoachEmailInvite" });
export type TCoachEmailInvite = z.output<typeof ZCoachEmailInviteSchema>;

export const ZCoachEmailInviteListQuerySchema = ZPaginationQuerySchema.extend({
  status: ZCoachEmailInviteStatusSchema.optional().meta({ description: "Only invitations in this state." }),
});
export type TCoachEmailInviteListQuery = z.output<typeof ZCoachEmailInviteListQuerySchema>;
export const ZCoachEmailInviteListSchema = listOf(ZCoachEmailInviteSchema);

export const ZInviteIdParamsSchema = z.strictObject({ inviteId: ZIdSchema });

export const ZInvitationTokenSchema = z.strictObject({
  token: text().min(20).max(200).meta({ description: "The token from the emailed link (`…?token=`)." }),
});
export type TInvitationToken = z.input<typeof ZInvitationTokenSchema>;

/** What a linked coach sees and may do: the accept screen lists exactly this. */
export const COACH_ACCESS = [
  "Your plan: your pitch, target roles and weekly targets",
  "Your venues, events, contacts, conversations, one-on-ones, target companies, leads, tasks and posts (read only)",
  "Your insights and health score, and whether you wrote your weekly review",
  "Comments on your weeks and records, which you see too",
  "Tasks they assign you and weekly targets they suggest (you accept or decline each)",
] as const;

export const ZInvitationPreviewSchema = z
  .object({
    coach: ZPersonSchema.extend({ email: text() }),
    email: text().meta({ description: "The address the invitation was sent to." }),
    expiresAt: ZTimestampSchema,
    coachSees: z.array(text()).meta({ description: "What the coach will see and do once you accept." }),
    notes: z.array(text()).meta({ description: "How access is logged and ended." }),
  })
  .meta({ id: "InvitationPreview" });
export type TInvitationPreview = z.output<typeof ZInvitationPreviewSchema>;

export const ZInvitationAcceptedSchema = ZMyCoachSchema;
