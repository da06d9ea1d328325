/**
 * An admin invites someone by email to join as a coach or an admin. The
 * invitation and its email are written in the same transaction (the outbox
 * sends it); the link carries a random token that works once for 7 days and
 * is stored only as its hash.
 */
import type { Prisma } from "@traction/db";
import type { TOrgInvite, TOrgRole } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import { enqueueEmail } from "../email/enqueue-email.ts";
import { orgInviteEmail } from "../email/templates.ts";
import type { DbClient } from "../records/db-client.ts";

export const ORG_INVITE_TTL_MS = 7 * 86_400_000;

export async function inviteMember(
  tx: Prisma.TransactionClient,
  input: { orgId: string; inviterId: string; email: string; role: TOrgRole; publicUrl: string },
  now: Date = new Date(),
): Promise<TOrgInvite> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + ORG_INVITE_TTL_MS);
  const invite = await tx.orgInvite.create({
    data: {
      orgId: input.orgId,
      email: input.email,
      role: input.role,
      tokenHash: sha256(token),
      invitedById: input.inviterId,
      expiresAt,
    },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      org: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  await enqueueEmail(tx, {
    userId: null,
    kind: "ORG_INVITE",
    to: invite.email,
    rendered: orgInviteEmail({
      orgName: invite.org.name,
      inviterName: invite.invitedBy?.name ?? "An admin",
      role: invite.role,
      url: `${input.publicUrl}/orgs/join?token=${encodeURIComponent(token)}`,
      expiresAt,
    }),
  });
  return { id: invite.id, email: invite.email, role: invite.role, expiresAt: invite.expiresAt, acceptedAt: null };
}

/** One invitation of the organisation; another organisation's is a 404. */
export async function getInvite(db: DbClient, orgId: string, inviteId: string): Promise<TOrgInvite> {
  const invite = await db.orgInvite.findFirst({
    where: { id: inviteId, orgId },
    select: { id: true, email: true, role: true, expiresAt: true, usedAt: true },
  });
  if (!invite) throw notFound("Invitation");
  const { usedAt, ...rest } = invite;
  return { ...rest, acceptedAt: usedAt };
}
