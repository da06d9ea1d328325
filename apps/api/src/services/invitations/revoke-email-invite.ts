import type { DbClient } from "../records/db-client.ts";
import { notFound } from "../../lib/errors.ts";

/** The coach withdraws a pending invitation: its link stops working at once. Another coach's, or an answered one: 404. */
export async function revokeEmailInvite(db: DbClient, coachId: string, inviteId: string, now: Date = new Date()): Promise<void> {
  const { count } = await db.coachEmailInvite.updateMany({
    where: { id: inviteId, coachId, status: "PENDING" },
    data: { status: "REVOKED", decidedAt: now },
  });
  if (count === 0) throw notFound("Pending invitation");
}
