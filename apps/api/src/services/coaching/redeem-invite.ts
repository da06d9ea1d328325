import type { Prisma } from "@traction/db";
import type { TCoachLink } from "@traction/schemas";
import { conflict, notFound } from "../../lib/errors.ts";
import { hashInviteCode } from "./invite-code.ts";

/**
 * A coach redeems a client's code and becomes linked, in the caller's
 * transaction. The invite is claimed atomically (a used, expired or unknown
 * code all give the same 404, so the answer never tells which codes exist);
 * being linked already is a 409, and the transaction's rollback leaves the
 * code unused.
 */
export async function redeemInvite(
  tx: Prisma.TransactionClient,
  coachId: string,
  code: string,
  now: Date = new Date(),
): Promise<TCoachLink> {
  const codeHash = hashInviteCode(code);
  const claimed = await tx.coachInvite.updateManyAndReturn({
    where: { codeHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { jobseekerId: true },
  });
  const invite = claimed[0];
  if (!invite) throw notFound("Invite code");
  // One active link per pair (a partial unique index): a conflict is "already linked", not an error of the statement.
  const [created] = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "CoachLink" ("coachId", "clientId") VALUES (${coachId}::uuid, ${invite.jobseekerId}::uuid)
    ON CONFLICT ("coachId", "clientId") WHERE status = 'ACTIVE' DO NOTHING
    RETURNING id`;
  if (!created) throw conflict("You are already linked to this client");
  return tx.coachLink.findUniqueOrThrow({
    where: { id: created.id },
    select: { id: true, status: true, createdAt: true, client: { select: { id: true, name: true } } },
  });
}
