/**
 * The jobseeker's side of an invitation by email: read what it shares, then
 * accept (an ACTIVE link, as redeeming a code makes) or decline. Only the
 * account whose address the invitation was sent to may answer; an unknown,
 * used, withdrawn or expired link is a 404, and so is a link opened by another
 * account (its answer says which, so the person knows to switch accounts). The
 * coach is told by email either way.
 */
import type { Database, Prisma } from "@traction/db";
import { COACH_ACCESS, type TInvitationPreview, type TMyCoach } from "@traction/schemas";
import { AppError, forbidden } from "../../lib/errors.ts";
import { sha256 } from "../../lib/tokens.ts";
import { createActiveLink, withLinkConflict } from "../coaching/create-link.ts";
import { enqueueEmail } from "../email/enqueue-email.ts";
import { inviteAnsweredEmail } from "../email/invite-templates.ts";
import type { DbClient } from "../records/db-client.ts";

const GONE = "This invitation has expired, was withdrawn or was already answered; ask your coach to send a new one";
const NOT_YOURS =
  "This invitation was sent to another email address: sign in with the account that uses that address to answer it";

const NOTES = [
  "Each time your coach reads your data it appears in your access log (Settings).",
  "You can end their access at any time in Settings; it ends at once.",
];

interface Answerer {
  id: string;
  role: string;
}

async function openInvite(db: DbClient, token: string, user: Answerer, now: Date, lock = false) {
  if (user.role !== "JOBSEEKER") throw forbidden("Invitations from coaches are answered by jobseeker accounts");
  const tokenHash = sha256(token);
  if (lock) {
    // Two answers at once (two tabs): the second waits here, then finds it answered.
    await db.$queryRaw`SELECT id FROM "CoachEmailInvite" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
  }
  const invite = await db.coachEmailInvite.findUnique({
    where: { tokenHash },
    include: { coach: { select: { id: true, name: true, email: true } } },
  });
  if (!invite || invite.status !== "PENDING" || invite.expiresAt <= now) throw new AppError("NOT_FOUND", GONE);
  const me = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, name: true } });
  if (me.email.toLowerCase() !== invite.email) throw new AppError("NOT_FOUND", NOT_YOURS);
  return { invite, me };
}

export async function previewEmailInvite(
  db: DbClient,
  token: string,
  user: Answerer,
  now: Date = new Date(),
): Promise<TInvitationPreview> {
  const { invite } = await openInvite(db, token, user, now);
  return { coach: invite.coach, email: invite.email, expiresAt: invite.expiresAt, coachSees: [...COACH_ACCESS], notes: NOTES };
}

async function tellCoach(
  tx: Prisma.TransactionClient,
  coach: { id: string; name: string; email: string },
  answer: { clientName: string; email: string; accepted: boolean },
  publicUrl: string,
) {
  await enqueueEmail(tx, {
    userId: coach.id,
    kind: "COACH_INVITE_ANSWERED",
    to: coach.email,
    rendered: inviteAnsweredEmail({ coachName: coach.name, ...answer, url: `${publicUrl}/invitations` }),
  });
}

export async function acceptEmailInvite(
  db: Database,
  token: string,
  user: Answerer,
  publicUrl: string,
  now: Date = new Date(),
): Promise<TMyCoach> {
  return withLinkConflict("This coach is already linked to you", () =>
    db.$transaction(async (tx) => {
      const { invite, me } = await openInvite(tx, token, user, now, true);
      await tx.coachEmailInvite.update({ where: { id: invite.id }, data: { status: "ACCEPTED", decidedAt: now } });
      const link = await createActiveLink(tx, invite.coachId, user.id);
      await tellCoach(tx, invite.coach, { clientName: me.name, email: invite.email, accepted: true }, publicUrl);
      return { id: link.id, coach: invite.coach, status: link.status, createdAt: link.createdAt, endedAt: null };
    }),
  );
}

export async function declineEmailInvite(
  db: Database,
  token: string,
  user: Answerer,
  publicUrl: string,
  now: Date = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { invite, me } = await openInvite(tx, token, user, now, true);
    await tx.coachEmailInvite.update({ where: { id: invite.id }, data: { status: "DECLINED", decidedAt: now } });
    await tellCoach(tx, invite.coach, { clientName: me.name, email: invite.email, accepted: false }, publicUrl);
  });
}
