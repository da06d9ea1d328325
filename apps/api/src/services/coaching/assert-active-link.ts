import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function hasActiveLink(db: DbClient, coachId: string, clientId: string): Promise<boolean> {
  if (!UUID.test(clientId)) return false;
  // Raw SQL: this guard runs before every coach read, and the query builder costs more than the query.
  const [row] = await db.$queryRaw<Array<{ linked: boolean }>>`
    SELECT EXISTS (
      SELECT 1 FROM "CoachLink" WHERE "coachId" = ${coachId}::uuid AND "clientId" = ${clientId}::uuid AND status = 'ACTIVE'
    ) AS linked`;
  return row!.linked;
}

/**
 * The one check behind every coach access to a client: an ACTIVE link. Anything
 * else (no link, revoked, ended, not even a valid id) is the same 404 as a
 * client who does not exist.
 */
export async function assertActiveLink(db: DbClient, coachId: string, clientId: string): Promise<void> {
  if (!(await hasActiveLink(db, coachId, clientId))) throw notFound("Client");
}
