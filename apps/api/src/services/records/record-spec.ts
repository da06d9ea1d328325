/**
 * What the generic record services need to know about one resource. Each
 * resource (venues, events, ...) declares a spec in its own folder; the
 * services in this folder do the rest, always scoped to the owner.
 */
import type { DbClient } from "./db-client.ts";
import type { SortField } from "./pagination.ts";
import type { Reference } from "./references.ts";

/** The slice of a Prisma model delegate the generic services use. */
export interface OwnedDelegate<Row> {
  findMany(args: { where: object; orderBy?: object; take?: number; include?: object }): Promise<Row[]>;
  findFirst(args: { where: object; include?: object; select?: object }): Promise<Row | null>;
  create(args: { data: never; include?: object }): Promise<Row>;
  update(args: { where: never; data: never; include?: object }): Promise<Row>;
  deleteMany(args: { where: object }): Promise<{ count: number }>;
  updateMany(args: { where: object; data: { updatedAt: Date } }): Promise<{ count: number }>;
}

export interface RecordRow {
  id: string;
  createdAt: Date;
}

/** A table for the reads written in SQL (sql-read.ts): its name and its columns, e.g. `Prisma.ContactScalarFieldEnum`. */
export interface SqlTable {
  name: string;
  columns: Readonly<Record<string, string>>;
}

export interface RecordSpec<Row extends RecordRow, View, Create, Update, Query> {
  /** Singular noun for messages: "Venue". */
  noun: string;
  model(db: DbClient): OwnedDelegate<Row>;
  /** The table: lists and reads by id outside a transaction are one SQL statement each (sql-read.ts), not Prisma. */
  table?: SqlTable;
  /**
   * Read-only fields computed in SQL: field → an expression over the row, which the statement
   * calls `r` (e.g. a correlated subquery). Part of the list's or read's own statement; a read
   * through Prisma (in a transaction) adds them in one more query for the page.
   */
  computed?: Readonly<Record<string, string>>;
  /** Lists are ordered by this key, newest first (default `createdAt`). */
  sortBy?: SortField;
  /** Extra Prisma `where` for a list query's filters. */
  filters?(query: Query): object;
  include?: object;
  /** The ids an input refers to, checked to be the owner's. */
  references?(input: Partial<Create> | Update): Reference[];
  createData?(input: Create): object;
  updateData?(input: Update): object;
  /** Writes that need more than one statement (join tables, linked tasks); run inside a transaction. */
  create?(db: DbClient, ownerId: string, input: Create): Promise<Row>;
  update?(db: DbClient, ownerId: string, id: string, input: Update): Promise<Row>;
  /** Rows → API objects (after `computed`), e.g. reshaping `include`d relations; one query per page at most. */
  present?(db: DbClient, ownerId: string, rows: Row[]): Promise<View[]>;
  /** Runs in the create's transaction with the created object, e.g. to write a webhook event to the outbox. */
  afterCreate?(db: DbClient, ownerId: string, created: View): Promise<void>;
  /** Runs in the update's transaction with the object before and after the change. */
  afterUpdate?(db: DbClient, ownerId: string, before: View, after: View): Promise<void>;
}

/** Any resource's spec, as the generic services and routes take it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each resource is typed in its own spec
export type AnyRecordSpec = RecordSpec<RecordRow, any, any, any, any>;
