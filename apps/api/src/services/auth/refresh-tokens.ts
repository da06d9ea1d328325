/**
 * Refresh tokens: random, stored only as hashes, rotated on every use. A token
 * belongs to a family (one sign-in); presenting a token that was already used
 * is taken as theft and revokes the whole family.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "@traction/db";
import { sessionEnded, sessionRevoked } from "../../lib/errors.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import type { TokenSubject } from "../../plugins/app/auth.ts";

const DAY_MS = 86_400_000;
const REUSED =
  "This session's sign-in was used twice, which can mean someone copied it, so it was signed out everywhere; sign in again";
const SIGNED_OUT = "This session was signed out (on another tab or device, or for your account's safety); sign in again";

export async function issueRefreshToken(
  db: Database,
  userId: string,
  ttlDays: number,
  familyId: string = randomUUID(),
): Promise<string> {
  const token = randomToken();
  await db.refreshToken.create({
    data: { userId, familyId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + ttlDays * DAY_MS) },
  });
  return token;
}

async function revokeFamily(db: Database, familyId: string): Promise<void> {
  await db.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Spends a refresh token and returns its user and the next token of the family. */
export async function rotateRefreshToken(
  db: Database,
  token: string,
  ttlDays: number,
): Promise<{ user: TokenSubject; refreshToken: string }> {
  const stored = await db.refreshToken.findUnique({
    where: { tokenHash: sha256(token) },
    include: { user: { select: { id: true, role: true } } },
  });
  if (!stored) throw sessionEnded();
  if (stored.revokedAt) throw sessionRevoked(SIGNED_OUT);
  if (stored.usedAt) {
    await revokeFamily(db, stored.familyId);
    throw sessionRevoked(REUSED);
  }
  if (stored.expiresAt.getTime() <= Date.now()) throw sessionEnded();

  const next = randomToken();
  const rotated = await db.$transaction(async (tx) => {
    const claimed = await tx.refreshToken.updateMany({
      where: { id: stored.id, usedAt: null, revokedAt: null },
      data: { usedAt: new Date() },
    });
    if (claimed.count !== 1) return false;
    await tx.refreshToken.create({
      data: {
        userId: stored.userId,
        familyId: stored.familyId,
        tokenHash: sha256(next),
        expiresAt: new Date(Date.now() + ttlDays * DAY_MS),
      },
    });
    return true;
  });
  if (!rotated) {
    // Another request spent it between our read and our claim: treat as reuse.
    await revokeFamily(db, stored.familyId);
    throw sessionRevoked(REUSED);
  }
  return { user: stored.user, refreshToken: next };
}

/** Sign-out: the token's whole family stops working. Unknown tokens are ignored. */
export async function revokeRefreshToken(db: Database, token: string): Promise<void> {
  const stored = await db.refreshToken.findUnique({ where: { tokenHash: sha256(token) }, select: { familyId: true } });
  if (stored) await revokeFamily(db, stored.familyId);
}
