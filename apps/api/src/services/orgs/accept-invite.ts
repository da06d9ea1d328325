import type { Database } from "@traction/db";
import type { TAcceptedOrgInvite } from "@traction/schemas";
import { conflict, notFound } from "../../lib/errors.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";
import { sha256 } from "../../lib/tokens.ts";

/**
 * A signed-in coach accepts an emailed invitation. The invitation is claimed
 * atomically and only for the address it was sent to: an unknown, used or
 * expired token and another account's invitation are the same 404. Already a
 * member: 409, and the invitation stays unused.
 */
export async function acceptInvite(
  db: Database,
  coachId: string,
  token: string,
  now: Date = new Date(),
): Promise<TAcceptedOrgInvite> {
  try {
    return await claim(db, coachId, token, now);
  } catch (error) {
    // Two accepts of invitations to the same organisation at once: the second finds the membership made.
    if (isUniqueViolation(error)) throw conflict("You are already a member of this organisation");
    throw error;
  }
}

function claim(db: Database, coachId: string, token: string, now: Date): Promise<TAcceptedOrgInvite> {
  return db.$transaction(async (tx) => {
    const coach = await tx.user.findUniqueOrThrow({ where: { id: coachId }, select: { email: true } });
    const invite = await tx.orgInvite.findFirst({
      where: {
        tokenHash: sha256(token),
        usedAt: null,
        expiresAt: { gt: now },
        email: { equals: coach.email, mode: "insensitive" },
      },
      select: { id: true, orgId: true, role: true },
    });
    if (!invite) throw notFound("Invitation");
    const member = await tx.orgMember.findUnique({ where: { orgId_userId: { orgId: invite.orgId, userId: coachId } } });
    if (member) throw conflict("You are already a member of this organisation");
    const { count } = await tx.orgInvite.updateMany({ where: { id: invite.id, usedAt: null }, data: { usedAt: now } });
    if (count === 0) throw notFound("Invitation");
    await tx.orgMember.create({ data: { orgId: invite.orgId, userId: coachId, role: invite.role } });
    return { orgId: invite.orgId, role: invite.role };
  });
}
