/**
 * Asks a user to prove an address is theirs: a single-use link (48 h) to
 * `email` — the account's own at registration, or a new one it wants to move to.
 */
import type { Prisma } from "@traction/db";
import { enqueueEmail } from "../email/enqueue-email.ts";
import { verifyEmailEmail } from "../email/templates.ts";
import { issueAccountToken } from "./account-tokens.ts";

export async function sendVerificationEmail(
  tx: Prisma.TransactionClient,
  user: { id: string; name: string; timezone: string },
  email: string,
  publicUrl: string,
): Promise<void> {
  const { token, expiresAt } = await issueAccountToken(tx, user.id, "VERIFY_EMAIL", email);
  const url = `${publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
  await enqueueEmail(tx, {
    userId: user.id,
    kind: "VERIFY_EMAIL",
    to: email,
    rendered: verifyEmailEmail({ name: user.name, url, expiresAt, timeZone: user.timezone }),
  });
}
