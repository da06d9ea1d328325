import type { DbClient } from "../records/db-client.ts";

export interface AccessRead {
  coachId: string;
  clientId: string;
  resource: string;
  at: Date;
}

/**
 * Writes a batch of reads in one multi-row INSERT. Reads by or of an account
 * deleted in the meantime are dropped rather than failing the whole batch.
 */
export async function insertAccessLog(db: DbClient, reads: readonly AccessRead[]): Promise<number> {
  if (reads.length === 0) return 0;
  return db.$executeRaw`
    INSERT INTO "AccessLogEntry" ("coachId", "clientId", resource, at)
    SELECT e.coach, e.client, e.resource, e.at
    FROM unnest(
      ${reads.map((read) => read.coachId)}::uuid[],
      ${reads.map((read) => read.clientId)}::uuid[],
      ${reads.map((read) => read.resource)}::text[],
      ${reads.map((read) => read.at.toISOString())}::timestamptz[]
    ) AS e(coach, client, resource, at)
    WHERE EXISTS (SELECT 1 FROM "User" WHERE id = e.coach) AND EXISTS (SELECT 1 FROM "User" WHERE id = e.client)`;
}
