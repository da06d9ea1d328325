import { z } from "zod";
import { ZEmailSchema, ZPasswordSchema } from "./auth.ts";
import { text } from "./text.ts";

// Account recovery and verification ---------------------------------------------

export const ZPasswordResetRequestSchema = z.strictObject({ email: ZEmailSchema });
export type TPasswordResetRequest = z.input<typeof ZPasswordResetRequestSchema>;

const ZEmailTokenSchema = text().min(20).max(200).meta({ description: "The token from the emailed link (`…?token=`)." });

export const ZPasswordResetConfirmSchema = z.strictObject({ token: ZEmailTokenSchema, password: ZPasswordSchema });
export type TPasswordResetConfirm = z.input<typeof ZPasswordResetConfirmSchema>;

export const ZVerifyEmailSchema = z.strictObject({ token: ZEmailTokenSchema });
export type TVerifyEmail = z.input<typeof ZVerifyEmailSchema>;

export const ZAcceptedSchema = z
  .object({ detail: text() })
  .meta({ description: "Accepted: what happens next (the same whether or not the account exists)." });

// Notifications -------------------------------------------------------------------

export const EMAIL_TOPICS = ["weeklyDigest", "reminders"] as const;
export const ZEmailTopicSchema = z.enum(EMAIL_TOPICS);
export type TEmailTopic = z.infer<typeof ZEmailTopicSchema>;

export const ZNotificationSettingsSchema = z
  .strictObject({
    weeklyDigest: z
      .boolean()
      .meta({ description: "Monday's digest: last week against targets, the top finding, follow-ups due." }),
    reminders: z.boolean().meta({ description: "Follow-ups due today and one-on-ones tomorrow." }),
  })
  .meta({ id: "NotificationSettings" });
export type TNotificationSettings = z.output<typeof ZNotificationSettingsSchema>;

export const ZUnsubscribeQuerySchema = z.strictObject({
  token: text().min(20).max(300).meta({ description: "From the email's List-Unsubscribe link." }),
});
