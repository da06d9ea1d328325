/**
 * Each owner's data version: it moves with every committed write to anything
 * insights read, whatever the write path, and never goes back (see migration
 * data_versions). Reading it is one indexed statement for any number of owners.
 */
import { Prisma, queryRows } from "@traction/db";
import type { DbClient } from "../records/db-client.ts";

/**
 * Joins that give `VERSION` for the owner in column `ownerId`, among the
 * owners that `owners` (a one-column subquery) yields: "DataVersion" by key,
 * and the owners' unfolded change rows counted in one group. Shared by
 * `dataVersions` and the roster's one statement (which compares each client's
 * version with the one their stored score was computed at).
 */
export const versionJoins = (ownerId: Prisma.Sql, owners: Prisma.Sql) => Prisma.sql`
  LEFT JOIN "DataVersion" dv ON dv."ownerId" = ${ownerId}
  LEFT JOIN (
    SELECT "ownerId", COUNT(*) AS changes FROM "DataChange" WHERE "ownerId" IN (${owners}) GROUP BY "ownerId"
  ) dc ON dc."ownerId" = ${ownerId}`;
export const VERSION = Prisma.sql`(COALESCE(dv.folded, 0) + COALESCE(dc.changes, 0))`;

export async function dataVersions(db: DbClient, ownerIds: readonly string[]): Promise<Map<string, string>> {
  const owners = Prisma.sql`${[...ownerIds]}::uuid[]`;
  const rows = await queryRows<{ owner_id: string; version: string }>(db, Prisma.sql`
    SELECT o.id::text AS owner_id, ${VERSION}::text AS version
    FROM unnest(${owners}) AS o(id)
    ${versionJoins(Prisma.sql`o.id`, Prisma.sql`SELECT unnest(${owners})`)}`);
  return new Map(rows.map((row) => [row.owner_id, row.version]));
}

/** Folds committed change rows into each owner's base version; versions do not move. Returns the rows folded. */
export async function foldDataChanges(db: DbClient): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ folded: number }>>`SELECT traction_fold_data_changes()::int AS folded`;
  return row!.folded;
}

/**
 * Moves committed conversation-day changes into "ConversationDay" (migration
 * insights_conversation_days); every period's sums stay as they were. One fold
 * runs at a time across processes (another call returns 0). Returns the changes moved.
 */
export async function foldConversationDays(db: DbClient): Promise<number> {
  const [row] = await queryRows<{ folded: number }>(db, Prisma.sql`SELECT traction_fold_conversation_days()::int AS folded`);
  return row!.folded;
}

/** Owners by time zone (those with none known in UTC): owners sharing a zone share a period, and are computed together. */
export function byTimeZone(ownerIds: readonly string[], zones: ReadonlyMap<string, string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const ownerId of ownerIds) {
    const zone = zones.get(ownerId) ?? "UTC";
    const group = groups.get(zone);
    if (group) group.push(ownerId);
    else groups.set(zone, [ownerId]);
  }
  return groups;
}

/** Each owner's IANA time zone ("UTC" unless they chose one). One indexed statement. */
export async function timeZones(db: DbClient, ownerIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; timezone: string }>(db, Prisma.sql`
    SELECT id::text, timezone FROM "User" WHERE id = ANY(${[...ownerIds]}::uuid[])`);
  return new Map(rows.map((row) => [row.id, row.timezone]));
}
