import type { CoachEmailInvite } from "@traction/db";
import type { TCoachEmailInvite } from "@traction/schemas";

export const EMAIL_INVITE_TTL_MS = 7 * 86_400_000;

/** An invitation as its coach sees it: a pending one past its date reads `EXPIRED`. */
export function toEmailInviteView(invite: CoachEmailInvite, now: Date = new Date()): TCoachEmailInvite {
  const expired = invite.status === "PENDING" && invite.expiresAt <= now;
  return {
    id: invite.id,
    email: invite.email,
    status: expired ? "EXPIRED" : invite.status,
    expiresAt: invite.expiresAt,
    createdAt: invite.createdAt,
    decidedAt: invite.decidedAt,
  };
}
