import type { DbClient } from "./db-client.ts";
import { keysetPage } from "./keyset-page.ts";
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
  const { data, nextCursor } = await keysetPage(spec.sortBy ?? "createdAt", query, (page) =>
    spec.model(db).findMany({
      where: { AND: [{ ownerId }, spec.filters?.(query) ?? {}, page.where] },
      orderBy: page.orderBy,
      take: page.take,
      ...(spec.include ? { include: spec.include } : {}),
    }),
  );
  return { data: await presentRows(db, spec, ownerId, data), nextCursor };
}
