/**
 * Sets a new password from a reset link: the token works once, and every
 * refresh token of the account is revoked (whoever knew the old password is
 * signed out). The account's email counts as verified: the link reached it.
 */
import type { Database } from "@traction/db";
import { hashPassword } from "../../lib/passwords.ts";
import { spendAccountToken } from "./account-tokens.ts";

export async function confirmPasswordReset(
  db: Database,
  token: string,
  password: string,
  checkPassword: (owner: { email: string; name: string }) => void,
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const { userId, email } = await spendAccountToken(tx, token, "PASSWORD_RESET");
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
    checkPassword(user);
    const now = new Date();
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, ...(user.email === email ? { emailVerifiedAt: now } : {}) },
    });
    await tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  });
}
