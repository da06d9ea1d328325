/**
 * Each owner's data version: it moves with every committed write to anything
 * insights read, whatever the write path, and never goes back (see migration
 * data_versions). Reading it is one indexed statement for any number of owners.
 */
import { Prisma } from "@traction/db";
import type { DbClient } from "../records/db-client.ts";

export async function dataVersions(db: DbClient, ownerIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<Array<{ owner_id: string; version: string }>>(Prisma.sql`
    SELECT o.id::text AS owner_id,
      (COALESCE((SELECT folded FROM "DataVersion" WHERE "ownerId" = o.id), 0)
        + (SELECT COUNT(*) FROM "DataChange" WHERE "ownerId" = o.id))::text AS version
    FROM unnest(${[...ownerIds]}::uuid[]) AS o(id)`);
  return new Map(rows.map((row) => [row.owner_id, row.version]));
}

/** Folds committed change rows into each owner's base version; versions do not move. Returns the rows folded. */
export async function foldDataChanges(db: DbClient): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ folded: number }>>`SELECT traction_fold_data_changes()::int AS folded`;
  return row!.folded;
}
