/**
 * Each owner's data version: it moves with every committed write to anything
 * insights read, whatever the write path, and never goes back (see migration
 * data_versions). Reading it is one indexed statement for any number of owners.
 */
import { Prisma } from "@traction/db";
import type { DbClient } from "../records/db-client.ts";

/**
 * `owner_id` and `version` of every owner that `owners` (a one-column
 * subquery) yields: one join over "DataVersion" and one over the owners'
 * unfolded change rows, for any number of owners. The roster joins it, in its
 * one statement, to compare each client's version with the one their stored
 * score was computed at.
 */
export const versionsOf = (owners: Prisma.Sql) => Prisma.sql`
  SELECT o.id AS owner_id, COALESCE(v.folded, 0) + COALESCE(c.changes, 0) AS version
  FROM (${owners}) AS o(id)
  LEFT JOIN "DataVersion" v ON v."ownerId" = o.id
  LEFT JOIN (
    SELECT "ownerId", COUNT(*) AS changes FROM "DataChange" WHERE "ownerId" IN (${owners}) GROUP BY "ownerId"
  ) c ON c."ownerId" = o.id`;

export async function dataVersions(db: DbClient, ownerIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<Array<{ owner_id: string; version: string }>>(Prisma.sql`
    SELECT d.owner_id::text, d.version::text
    FROM (${versionsOf(Prisma.sql`SELECT unnest(${[...ownerIds]}::uuid[])`)}) d`);
  return new Map(rows.map((row) => [row.owner_id, row.version]));
}

/** Folds committed change rows into each owner's base version; versions do not move. Returns the rows folded. */
export async function foldDataChanges(db: DbClient): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ folded: number }>>`SELECT traction_fold_data_changes()::int AS folded`;
  return row!.folded;
}

/** Each owner's IANA time zone ("UTC" unless they chose one). One indexed statement. */
export async function timeZones(db: DbClient, ownerIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<Array<{ id: string; timezone: string }>>(Prisma.sql`
    SELECT id::text, timezone FROM "User" WHERE id = ANY(${[...ownerIds]}::uuid[])`);
  return new Map(rows.map((row) => [row.id, row.timezone]));
}
