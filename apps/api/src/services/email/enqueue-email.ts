/**
 * Puts an email in the outbox, through the caller's transaction: the email
 * exists exactly when the change that causes it commits. The mail plugin moves
 * it to the job queue and sends it (plugins/app/mail.ts).
 */
import type { Prisma } from "@traction/db";
import type { RenderedEmail } from "./templates.ts";

export type EmailKind =
  | "PASSWORD_RESET"
  | "VERIFY_EMAIL"
  | "EMAIL_CHANGED"
  | "PASSWORD_CHANGED"
  | "COACH_INVITE"
  | "COACH_INVITE_ANSWERED"
  | "WEEKLY_DIGEST"
  | "REMINDERS"
  | "ORG_INVITE";

export interface OutgoingEmail {
  userId: string | null;
  kind: EmailKind;
  to: string;
  rendered: RenderedEmail;
  headers?: Record<string, string>;
}

/** The outbox row of an email. */
export const emailRow = (email: OutgoingEmail) => ({
  userId: email.userId,
  kind: email.kind,
  to: email.to,
  subject: email.rendered.subject,
  text: email.rendered.text,
  html: email.rendered.html,
  headers: email.headers ?? {},
});

export async function enqueueEmail(tx: Prisma.TransactionClient, email: OutgoingEmail): Promise<string> {
  const { id } = await tx.emailMessage.create({ data: emailRow(email), select: { id: true } });
  return id;
}
