/**
 * "Forgot password": for a known address, a single-use link valid one hour goes
 * out by email; for an unknown one, nothing — and the caller cannot tell which
 * (the route answers 202 either way, after the same minimum time).
 */
import type { Database } from "@traction/db";
import { enqueueEmail } from "../email/enqueue-email.ts";
import { passwordResetEmail } from "../email/templates.ts";
import { issueAccountToken } from "./account-tokens.ts";

export async function requestPasswordReset(db: Database, email: string, publicUrl: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, timezone: true } });
  if (!user) return false;
  await db.$transaction(async (tx) => {
    const { token, expiresAt } = await issueAccountToken(tx, user.id, "PASSWORD_RESET", user.email);
    const url = `${publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await enqueueEmail(tx, {
      userId: user.id,
      kind: "PASSWORD_RESET",
      to: user.email,
      rendered: passwordResetEmail({ name: user.name, url, expiresAt, timeZone: user.timezone }),
    });
  });
  return true;
}
