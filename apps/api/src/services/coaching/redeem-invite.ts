import type { Database } from "@traction/db";
import type { TCoachLink } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import { createActiveLink, withLinkConflict } from "./create-link.ts";
import { hashInviteCode } from "./invite-code.ts";

/**
 * A coach redeems a client's code and becomes linked. The invite is claimed
 * atomically (a used, expired or unknown code all give the same 404, so the
 * answer never tells which codes exist); being linked already is a 409 and
 * leaves the code unused.
 */
export async function redeemInvite(db: Database, coachId: string, code: string, now: Date = new Date()): Promise<TCoachLink> {
  const codeHash = hashInviteCode(code);
  return withLinkConflict("You are already linked to this client", () =>
    db.$transaction(async (tx) => {
      const claimed = await tx.coachInvite.updateManyAndReturn({
        where: { codeHash, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
        select: { jobseekerId: true },
      });
      const invite = claimed[0];
      if (!invite) throw notFound("Invite code");
      return createActiveLink(tx, coachId, invite.jobseekerId);
    }),
  );
}
