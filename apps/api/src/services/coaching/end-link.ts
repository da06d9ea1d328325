import type { DbClient } from "../records/db-client.ts";
import { notFound } from "../../lib/errors.ts";

/** Which side ends the link: the client revokes it, the coach ends it. */
export type LinkParty = { clientId: string } | { coachId: string };

/**
 * Ends an active link at once: the next request the coach makes about this
 * client is a 404. Ending a link that is already over changes nothing; a link
 * that is not the caller's is a 404.
 */
export async function endLink(db: DbClient, linkId: string, party: LinkParty, now: Date = new Date()): Promise<void> {
  const status = "clientId" in party ? "REVOKED" : "ENDED";
  const { count } = await db.coachLink.updateMany({
    where: { id: linkId, ...party, status: "ACTIVE" },
    data: { status, endedAt: now },
  });
  if (count > 0) return;
  const exists = await db.coachLink.count({ where: { id: linkId, ...party } });
  if (exists === 0) throw notFound("Link");
}
