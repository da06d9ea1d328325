/**
 * The caller's deleted records since a time, oldest first, from the
 * tombstones the `record_deleted` triggers write; older than the retention
 * period they are gone (pruned daily, and never shown).
 */
import type { Database } from "@traction/db";
import { DELETION_RETENTION_DAYS, type TDeletion, type TDeletionListQuery } from "@traction/schemas";
import { keysetPage, type Page } from "../records/keyset-page.ts";

export async function listDeletions(db: Database, ownerId: string, query: TDeletionListQuery): Promise<Page<TDeletion>> {
  const kept = new Date(Date.now() - DELETION_RETENTION_DAYS * 86_400_000);
  const since = query.since && query.since > kept ? query.since : kept;
  const page = await keysetPage(
    "deletedAt",
    query,
    (keyset) =>
      db.deletion.findMany({
        where: { AND: [{ ownerId, deletedAt: { gte: since } }, keyset.where] },
        orderBy: keyset.orderBy,
        take: keyset.take,
      }),
    "asc",
  );
  return {
    data: page.data.map((row) => ({
      resource: row.resource as TDeletion["resource"],
      id: row.recordId,
      deletedAt: row.deletedAt,
    })),
    nextCursor: page.nextCursor,
  };
}

/** Removes tombstones past the retention period; returns how many. */
export async function pruneDeletions(db: Database, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - DELETION_RETENTION_DAYS * 86_400_000);
  return db.$executeRaw`DELETE FROM "Deletion" WHERE "deletedAt" < ${cutoff}`;
}
