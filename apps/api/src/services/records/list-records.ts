import type { DbClient } from "./db-client.ts";
import { keysetPage } from "./keyset-page.ts";
import type { AnyRecordSpec } from "./record-spec.ts";
import { presentRows } from "./present-rows.ts";

export interface ListQuery {
  limit: number;
  cursor?: string | undefined;
  /** Sync: only records changed (created or updated) at or after this instant, oldest change first. */
  updatedSince?: Date | undefined;
}

export async function listRecords(
  db: DbClient,
  spec: AnyRecordSpec,
  ownerId: string,
  query: ListQuery,
): Promise<{ data: unknown[]; nextCursor: string | null }> {
  // A sync read goes by (updatedAt, id) ascending: a record changed while a client pages moves to the end, not past it.
  const sync = query.updatedSince !== undefined;
  const { data, nextCursor } = await keysetPage(
    sync ? "updatedAt" : (spec.sortBy ?? "createdAt"),
    query,
    (page) =>
      spec.model(db).findMany({
        where: {
          AND: [{ ownerId }, sync ? { updatedAt: { gte: query.updatedSince } } : {}, spec.filters?.(query) ?? {}, page.where],
        },
        orderBy: page.orderBy,
        take: page.take,
        ...(spec.include ? { include: spec.include } : {}),
      }),
    sync ? "asc" : "desc",
  );
  return { data: await presentRows(db, spec, ownerId, data), nextCursor };
}
