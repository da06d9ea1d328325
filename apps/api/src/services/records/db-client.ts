import type { Database, Prisma } from "@traction/db";

/** The Prisma client or a transaction of it: services accept either. */
export type DbClient = Database | Prisma.TransactionClient;

const inTransaction = (db: DbClient): boolean => !("$transaction" in db);

/**
 * Independent queries: at once on the pool (each on a connection of its own),
 * one after another inside a transaction, whose single connection would only
 * queue them — and node-postgres deprecates queueing a query on a busy client.
 */
export async function allQueries<T extends readonly unknown[]>(
  db: DbClient,
  queries: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (!inTransaction(db)) return (await Promise.all(queries.map((query) => query()))) as unknown as T;
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as unknown as T;
}
