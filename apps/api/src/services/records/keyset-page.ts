import { keyset, toPage, type SortDirection, type SortField } from "./pagination.ts";

export interface PageQuery {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<Row> {
  data: Row[];
  nextCursor: string | null;
}

/**
 * One keyset page, newest first (or oldest first: `direction`), of any table
 * sorted by `field` then `id`: `fetch` runs the query with the `where`,
 * `orderBy` and `take` given.
 */
export async function keysetPage<Row extends { id: string }>(
  field: SortField,
  query: PageQuery,
  fetch: (page: { where: object; orderBy: Array<Record<string, SortDirection>>; take: number }) => Promise<Row[]>,
  direction: SortDirection = "desc",
): Promise<Page<Row>> {
  const page = keyset(field, query.cursor, direction);
  const rows = await fetch({ where: page.where, orderBy: page.orderBy, take: query.limit + 1 });
  return toPage(rows, query.limit, (row) => (row as unknown as Record<string, Date>)[field]!);
}
