/**
 * Spends a verification link: the address it was sent to becomes the
 * account's verified email (for a change of address, the one it signs in with
 * from now on). 409 when another account took that address meanwhile.
 */
import type { Database } from "@traction/db";
import { conflict } from "../../lib/errors.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";
import { spendAccountToken } from "./account-tokens.ts";

export async function verifyEmail(db: Database, token: string): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const { userId, email } = await spendAccountToken(tx, token, "VERIFY_EMAIL");
      await tx.user.update({ where: { id: userId }, data: { email, emailVerifiedAt: new Date() } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("Another account uses this email address now");
    throw error;
  }
}
