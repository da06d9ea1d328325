/**
 * The hot record reads — a list page and one record by id — as one
 * hand-written, parameterised statement each, on the pool behind the Prisma
 * client (`poolOf`), instead of Prisma's query compiler (decision 24). The
 * statement is built from what the spec already says: its table and columns
 * (`spec.table`, from Prisma's own field list, in the model's order), its
 * read-only computed fields (`spec.computed`, in the same statement) and the
 * Prisma `where` its filters and the keyset cursor produce, translated here
 * for the handful of operators they use. Rows are parsed as Prisma would parse
 * them (`PRISMA_TYPES`), so the answers are the same to the byte.
 *
 * Anything else — a transaction's client, a spec with `include`, a filter this
 * translator does not know — goes through Prisma as before.
 */
import { poolOf, PRISMA_TYPES, type Pool } from "@traction/db";
import type { DbClient } from "./db-client.ts";
import type { SortDirection } from "./pagination.ts";
import type { AnyRecordSpec, RecordRow, SqlTable } from "./record-spec.ts";

/** A statement and its values, as `pool.query` takes them. */
export interface Statement {
  text: string;
  values: unknown[];
}

/** The alias of the spec's table in every statement: `computed` expressions refer to the row as `r`. */
export const ROW = "r";

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Thrown (and caught: Prisma reads instead) for a `where` this translator does not know. */
class Untranslatable extends Error {}

class Values {
  readonly list: unknown[] = [];
  /** `$n` for `value`; a Date as its ISO instant (node-postgres would send local time, wrong for a `date` column). */
  add(value: unknown): string {
    this.list.push(value instanceof Date ? value.toISOString() : value);
    return `$${this.list.length}`;
  }
}

const COMPARISONS: Record<string, string> = { lt: "<", lte: "<=", gt: ">", gte: ">=", equals: "=" };

function isPlainValue(value: unknown): boolean {
  return value === null || value instanceof Date || typeof value !== "object";
}

/** One column's condition: a value (equality, or IS NULL), or an object of operators. */
function columnSql(column: string, condition: unknown, values: Values): string[] {
  if (condition === undefined) return [];
  if (condition === null) return [`${column} IS NULL`];
  if (isPlainValue(condition)) return [`${column} = ${values.add(condition)}`];
  const { mode, ...operators } = condition as Record<string, unknown>;
  if (mode !== undefined && (mode !== "insensitive" || !("contains" in operators))) throw new Untranslatable();
  return Object.entries(operators).flatMap(([operator, operand]) => {
    if (operand === undefined) return [];
    if (operator in COMPARISONS && operand !== null && isPlainValue(operand)) {
      return [`${column} ${COMPARISONS[operator]} ${values.add(operand)}`];
    }
    if (operator === "in" && Array.isArray(operand)) return [`${column} = ANY(${values.add(operand)})`];
    if (operator === "has" && operand !== null && isPlainValue(operand)) return [`${values.add(operand)} = ANY(${column})`];
    // Prisma's `contains` is `LIKE '%value%'` with the value as given (the spec escapes its wildcards).
    if (operator === "contains" && typeof operand === "string") {
      return [`${column} ${mode === "insensitive" ? "ILIKE" : "LIKE"} ${values.add(`%${operand}%`)}`];
    }
    throw new Untranslatable();
  });
}

/** A Prisma `where` (the subset the record specs use) as SQL over `table`'s columns; `TRUE` for nothing. */
function whereSql(table: SqlTable, where: object, values: Values): string {
  const parts = Object.entries(where).flatMap(([key, condition]): string[] => {
    if (condition === undefined) return [];
    if (key === "AND" || key === "OR") {
      if (!Array.isArray(condition)) throw new Untranslatable();
      const terms = condition.map((term: object) => whereSql(table, term, values));
      if (key === "AND") return terms.filter((term) => term !== "TRUE");
      return terms.length === 0 ? ["FALSE"] : [`(${terms.join(" OR ")})`];
    }
    if (!Object.hasOwn(table.columns, key)) throw new Untranslatable();
    return columnSql(`${ROW}.${quote(key)}`, condition, values);
  });
  return parts.length === 0 ? "TRUE" : parts.length === 1 ? parts[0]! : parts.map((part) => `(${part})`).join(" AND ");
}

const selectLists = new WeakMap<AnyRecordSpec, string>();

/** The table's columns, then the spec's computed fields: built once per spec. */
function selectList(spec: AnyRecordSpec, table: SqlTable): string {
  let list = selectLists.get(spec);
  if (list === undefined) {
    const columns = Object.keys(table.columns).map((column) => `${ROW}.${quote(column)}`);
    const extra = Object.entries(spec.computed ?? {}).map(([field, expression]) => `(${expression}) AS ${quote(field)}`);
    list = [...columns, ...extra].join(", ");
    selectLists.set(spec, list);
  }
  return list;
}

/** The page's statement: `where` (already scoped to the owner), ordered by `orderBy`, `take` rows. */
export function listStatement(
  spec: AnyRecordSpec,
  page: { where: object; orderBy: Array<Record<string, SortDirection>>; take: number },
): Statement | undefined {
  const table = spec.table;
  if (!table || spec.include) return undefined;
  const values = new Values();
  try {
    const where = whereSql(table, page.where, values);
    const order = page.orderBy.flatMap((term) =>
      Object.entries(term).map(([column, direction]) => {
        if (!Object.hasOwn(table.columns, column)) throw new Untranslatable();
        return `${ROW}.${quote(column)} ${direction === "asc" ? "ASC" : "DESC"}`;
      }),
    );
    const limit = values.add(page.take);
    return {
      text: `SELECT ${selectList(spec, table)} FROM ${quote(table.name)} ${ROW} WHERE ${where} ORDER BY ${order.join(", ")} LIMIT ${limit}`,
      values: values.list,
    };
  } catch (error) {
    if (error instanceof Untranslatable) return undefined;
    throw error;
  }
}

/** The owner's record `id`: one row or none. */
export function getStatement(spec: AnyRecordSpec, ownerId: string, id: string): Statement | undefined {
  const table = spec.table;
  if (!table || spec.include) return undefined;
  return {
    text: `SELECT ${selectList(spec, table)} FROM ${quote(table.name)} ${ROW} WHERE ${ROW}."id" = $1 AND ${ROW}."ownerId" = $2`,
    values: [id, ownerId],
  };
}

/**
 * `spec.computed` for `rows` read through Prisma (inside a transaction): one more statement for the page,
 * on the transaction's connection, with the same expressions as the SQL reads.
 */
export async function withComputed(db: DbClient, spec: AnyRecordSpec, ownerId: string, rows: RecordRow[]): Promise<RecordRow[]> {
  if (!spec.table || !spec.computed) return rows;
  const fields = Object.entries(spec.computed).map(([field, expression]) => `(${expression}) AS ${quote(field)}`);
  const found = await db.$queryRawUnsafe<Array<Record<string, unknown> & { id: string }>>(
    `SELECT ${ROW}."id"::text AS "id", ${fields.join(", ")} FROM ${quote(spec.table.name)} ${ROW}
     WHERE ${ROW}."ownerId" = $1::uuid AND ${ROW}."id" = ANY($2::uuid[])`,
    ownerId,
    rows.map((row) => row.id),
  );
  const byId = new Map(found.map(({ id, ...values }) => [id, values]));
  return rows.map((row) => ({ ...row, ...byId.get(row.id) }));
}

/** The pool to run a statement on: the client's own, outside a transaction. */
export function readPool(db: DbClient): Pool | undefined {
  return poolOf(db);
}

export async function runStatement<Row>(pool: Pool, statement: Statement): Promise<Row[]> {
  const result = await pool.query({ text: statement.text, values: statement.values, types: PRISMA_TYPES });
  return result.rows as Row[];
}
