import type { Database } from "@traction/db";
import type { TCoachLink } from "@traction/schemas";
import { conflict, notFound } from "../../lib/errors.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";
import { hashInviteCode } from "./invite-code.ts";

/**
 * A coach redeems a client's code and becomes linked. The invite is claimed
 * atomically (a used, expired or unknown code all give the same 404, so the
 * answer never tells which codes exist); being linked already is a 409 and
 * leaves the code unused.
 */
export async function redeemInvite(db: Database, coachId: string, code: string, now: Date = new Date()): Promise<TCoachLink> {
  const codeHash = hashInviteCode(code);
  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.coachInvite.updateManyAndReturn({
        where: { codeHash, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
        select: { jobseekerId: true },
      });
      const invite = claimed[0];
      if (!invite) throw notFound("Invite code");
      const link = await tx.coachLink.create({
        data: { coachId, clientId: invite.jobseekerId },
        select: { id: true, status: true, createdAt: true, client: { select: { id: true, name: true } } },
      });
      return link;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("You are already linked to this client");
    throw error;
  }
}
