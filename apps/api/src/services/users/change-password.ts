/**
 * `POST /me/password`: checks the current password, stores the new one's
 * hash, and ends every other session: all the account's refresh tokens are
 * revoked in the same transaction, and the caller gets a new one (a new
 * session family) so that only they stay signed in. Access tokens already
 * issued to other sessions expire on their own (ACCESS_TOKEN_TTL_SECONDS).
 */
import { randomUUID } from "node:crypto";
import type { Database } from "@traction/db";
import type { TChangePassword } from "@traction/schemas";
import { invalid, notFound } from "../../lib/errors.ts";
import { hashPassword, passwordProblem, verifyPassword } from "../../lib/passwords.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";

const DAY_MS = 86_400_000;

/** Returns the caller's new refresh token. */
export async function changePassword(
  db: Database,
  userId: string,
  { currentPassword, newPassword }: TChangePassword,
  refreshTtlDays: number,
): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, email: true, name: true } });
  if (!user) throw notFound("User");
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw invalid([{ path: "currentPassword", message: "This is not your current password" }]);
  }
  const problem = passwordProblem(newPassword, user);
  if (problem) throw invalid([{ path: "newPassword", message: problem }]);
  const passwordHash = await hashPassword(newPassword);
  const token = randomToken();
  const now = new Date();
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash } }),
    db.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } }),
    db.refreshToken.create({
      data: {
        userId,
        familyId: randomUUID(),
        tokenHash: sha256(token),
        expiresAt: new Date(now.getTime() + refreshTtlDays * DAY_MS),
      },
    }),
  ]);
  return token;
}
