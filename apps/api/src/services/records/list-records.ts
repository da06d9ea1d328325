import type { DbClient } from "./db-client.ts";
import { keysetPage } from "./keyset-page.ts";
import type { AnyRecordSpec, RecordRow } from "./record-spec.ts";
import { presentRows } from "./present-rows.ts";
import { listStatement, readPool, runStatement } from "./sql-read.ts";

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
  const pool = readPool(db);
  let inSql = false;
  const { data, nextCursor } = await keysetPage(
    sync ? "updatedAt" : (spec.sortBy ?? "createdAt"),
    query,
    async (page) => {
      const where = {
        AND: [{ ownerId }, sync ? { updatedAt: { gte: query.updatedSince } } : {}, spec.filters?.(query) ?? {}, page.where],
      };
      const statement = pool && listStatement(spec, { where, orderBy: page.orderBy, take: page.take });
      inSql = statement !== undefined;
      if (statement) return runStatement<RecordRow>(pool, statement);
      return spec.model(db).findMany({
        where,
        orderBy: page.orderBy,
        take: page.take,
        ...(spec.include ? { include: spec.include } : {}),
      });
    },
    sync ? "asc" : "desc",
  );
  return { data: await presentRows(db, spec, ownerId, data, { computedRead: inSql }), nextCursor };
}
