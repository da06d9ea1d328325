import { Prisma, queryRows } from "@traction/db";
import type { DbClient } from "../records/db-client.ts";

export interface AccessRead {
  coachId: string;
  clientId: string;
  resource: string;
  at: Date;
  /** The organisation the read was made for (an admin reading its roster). */
  orgId?: string | null;
}

/**
 * Writes the reads of one request in one multi-row INSERT (the roster: one
 * row per client listed, one statement). Callers await it before the response
 * is sent, so a read the coach received is always in the log; if it fails, the
 * request fails and nothing is sent. Reads of an account deleted in the
 * meantime are dropped rather than failing the statement.
 */
export async function insertAccessLog(db: DbClient, reads: readonly AccessRead[]): Promise<number> {
  if (reads.length === 0) return 0;
  // On the pool (`queryRows`): every roster page and client read ends with this statement.
  const [row] = await queryRows<{ inserted: number }>(db, Prisma.sql`
    WITH inserted AS (
      INSERT INTO "AccessLogEntry" ("coachId", "clientId", resource, at, "orgId")
      SELECT e.coach, e.client, e.resource, e.at, e.org
      FROM unnest(
        ${reads.map((read) => read.coachId)}::uuid[],
        ${reads.map((read) => read.clientId)}::uuid[],
        ${reads.map((read) => read.resource)}::text[],
        ${reads.map((read) => read.at.toISOString())}::timestamptz[],
        ${reads.map((read) => read.orgId ?? null)}::uuid[]
      ) AS e(coach, client, resource, at, org)
      WHERE EXISTS (SELECT 1 FROM "User" WHERE id = e.coach) AND EXISTS (SELECT 1 FROM "User" WHERE id = e.client)
      RETURNING 1
    )
    SELECT count(*)::int AS inserted FROM inserted`);
  return row!.inserted;
}

/** One coach's read of `resource` for each of `clientIds`, logged before the response leaves. */
export function logReads(
  db: DbClient,
  coachId: string,
  clientIds: readonly string[],
  resource: string,
  at = new Date(),
  orgId: string | null = null,
) {
  return insertAccessLog(
    db,
    clientIds.map((clientId) => ({ coachId, clientId, resource, at, orgId })),
  );
}
