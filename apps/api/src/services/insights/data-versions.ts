/**
 * Each owner's data version: it moves with every committed write to anything
 * insights read, whatever the write path, and never goes back (see migration
 * data_versions). Reading it is one indexed statement for any number of owners.
 */
import { Prisma } from "@traction/db";
import type { DbClient } from "../records/db-client.ts";

/**
 * An owner's data version as an SQL expression over `ownerId` (a uuid column
 * or parameter): two index lookups. The roster compares it, in its one
 * statement, with the version each client's stored score was computed at.
 */
export const dataVersionOf = (ownerId: Prisma.Sql) => Prisma.sql`(
  COALESCE((SELECT v.folded FROM "DataVersion" v WHERE v."ownerId" = ${ownerId}), 0)
  + (SELECT COUNT(*) FROM "DataChange" c WHERE c."ownerId" = ${ownerId}))`;

export async function dataVersions(db: DbClient, ownerIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<Array<{ owner_id: string; version: string }>>(Prisma.sql`
    SELECT o.id::text AS owner_id, ${dataVersionOf(Prisma.sql`o.id`)}::text AS version
    FROM unnest(${[...ownerIds]}::uuid[]) AS o(id)`);
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
