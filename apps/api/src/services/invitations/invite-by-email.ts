/**
 * A coach invites a jobseeker by email: a single-use token (stored hashed,
 * valid 7 days) in a link to the dashboard's accept screen, emailed in the
 * same transaction. A new invitation to an address replaces the coach's
 * pending one to it; inviting a client already linked is a 409.
 */
import type { Prisma } from "@traction/db";
import type { TCoachEmailInvite } from "@traction/schemas";
import { conflict } from "../../lib/errors.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import { enqueueEmail } from "../email/enqueue-email.ts";
import { coachInviteEmail } from "../email/invite-templates.ts";
import { EMAIL_INVITE_TTL_MS, toEmailInviteView } from "./email-invite-view.ts";

export async function inviteByEmail(
  tx: Prisma.TransactionClient,
  coachId: string,
  email: string,
  publicUrl: string,
  now: Date = new Date(),
): Promise<TCoachEmailInvite> {
  const linked = await tx.coachLink.count({ where: { coachId, status: "ACTIVE", client: { email } } });
  if (linked > 0) throw conflict("This person is already on your roster");
  const coach = await tx.user.findUniqueOrThrow({ where: { id: coachId }, select: { name: true, email: true } });
  await tx.coachEmailInvite.updateMany({
    where: { coachId, email, status: "PENDING" },
    data: { status: "REVOKED", decidedAt: now },
  });
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + EMAIL_INVITE_TTL_MS);
  const invite = await tx.coachEmailInvite.create({
    data: { coachId, email, tokenHash: sha256(token), expiresAt, createdAt: now },
  });
  const url = `${publicUrl}/invitation?token=${encodeURIComponent(token)}`;
  await enqueueEmail(tx, {
    userId: null,
    kind: "COACH_INVITE",
    to: email,
    rendered: coachInviteEmail({ coachName: coach.name, coachEmail: coach.email, url, expiresAt }),
  });
  return toEmailInviteView(invite, now);
}
