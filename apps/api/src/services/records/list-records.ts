import type { DbClient } from "./db-client.ts";
import { keyset, toPage } from "./pagination.ts";
import type { AnyRecordSpec } from "./record-spec.ts";
import { presentRows } from "./present-rows.ts";

export interface ListQuery {
  limit: number;
  cursor?: string | undefined;
}

export async function listRecords(
  db: DbClient,
  spec: AnyRecordSpec,
  ownerId: string,
  query: ListQuery,
): Promise<{ data: unknown[]; nextCursor: string | null }> {
  const field = spec.sortBy ?? "createdAt";
  const page = keyset(field, query.cursor);
  const rows = await spec.model(db).findMany({
    where: { AND: [{ ownerId }, spec.filters?.(query) ?? {}, page.where] },
    orderBy: page.orderBy,
    take: query.limit + 1,
    ...(spec.include ? { include: spec.include } : {}),
  });
  const { data, nextCursor } = toPage(rows, query.limit, field, (row) => (row as unknown as Record<string, Date>)[field]!);
  return { data: await presentRows(db, spec, ownerId, data), nextCursor };
}
