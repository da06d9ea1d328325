import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function hasActiveLink(db: DbClient, coachId: string, clientId: string): Promise<boolean> {
  return UUID.test(clientId) && (await db.coachLink.count({ where: { coachId, clientId, status: "ACTIVE" } })) > 0;
}

/**
 * The one check behind every coach access to a client: an ACTIVE link. Anything
 * else (no link, revoked, ended, not even a valid id) is the same 404 as a
 * client who does not exist.
 */
export async function assertActiveLink(db: DbClient, coachId: string, clientId: string): Promise<void> {
  if (!(await hasActiveLink(db, coachId, clientId))) throw notFound("Client");
}
