/**
 * Sends one queued email over SMTP and records the outcome on its row: SENT,
 * or — after the last retry — FAILED with the error, never lost silently.
 * Throws on a failure that will be retried, so the job queue backs off.
 */
import type { Database } from "@traction/db";
import type { Transporter } from "nodemailer";

export interface SendAttempt {
  retryCount: number;
  retryLimit: number;
}

export async function sendEmail(
  db: Database,
  transport: Transporter,
  from: string,
  messageId: string,
  attempt: SendAttempt,
): Promise<"sent" | "failed" | "skipped"> {
  const message = await db.emailMessage.findUnique({ where: { id: messageId } });
  if (!message || message.status !== "PENDING") return "skipped";
  try {
    await transport.sendMail({
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers as Record<string, string>,
      messageId: `<${message.id}@traction>`,
    });
  } catch (error) {
    const lastError = error instanceof Error ? error.message.slice(0, 1_000) : String(error);
    const final = attempt.retryCount >= attempt.retryLimit;
    await db.emailMessage.update({
      where: { id: message.id },
      data: { attempts: { increment: 1 }, lastError, ...(final ? { status: "FAILED" } : {}) },
    });
    if (final) return "failed";
    throw error;
  }
  await db.emailMessage.update({
    where: { id: message.id },
    data: { attempts: { increment: 1 }, status: "SENT", sentAt: new Date(), lastError: null },
  });
  return "sent";
}
