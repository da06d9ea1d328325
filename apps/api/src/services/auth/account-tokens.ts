/**
 * Single-use tokens sent by email: a password reset (1 h) or an email
 * verification (48 h). Only their SHA-256 hash is stored; using one marks it
 * used in the same statement that checks it, so it works once.
 */
import type { AccountTokenPurpose, Prisma } from "@traction/db";
import { invalid } from "../../lib/errors.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";

export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 3_600_000,
  VERIFY_EMAIL: 48 * 3_600_000,
};

export async function issueAccountToken(
  tx: Prisma.TransactionClient,
  userId: string,
  purpose: AccountTokenPurpose,
  email: string,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  // A new link replaces the earlier ones of the same purpose.
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);
  await tx.accountToken.create({ data: { userId, purpose, email, tokenHash: sha256(token), expiresAt } });
  return { token, expiresAt };
}

const EXPIRED: Record<AccountTokenPurpose, string> = {
  PASSWORD_RESET: "This reset link has expired or was already used; ask for a new one from the sign-in page",
  VERIFY_EMAIL: "This confirmation link has expired or was already used; ask for a new one from Settings",
};

/** Spends a token: its user and address, or a 400 naming `token`. */
export async function spendAccountToken(
  tx: Prisma.TransactionClient,
  token: string,
  purpose: AccountTokenPurpose,
): Promise<{ userId: string; email: string }> {
  const rows = await tx.$queryRaw<Array<{ userId: string; email: string }>>`
    UPDATE "AccountToken" SET "usedAt" = now()
    WHERE "tokenHash" = ${sha256(token)} AND purpose = ${purpose}::"AccountTokenPurpose"
      AND "usedAt" IS NULL AND "expiresAt" > now()
    RETURNING "userId"::text AS "userId", email`;
  const row = rows[0];
  if (!row) throw invalid([{ path: "token", message: EXPIRED[purpose] }], EXPIRED[purpose]);
  return row;
}
