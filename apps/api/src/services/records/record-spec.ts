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

export interface RecordSpec<Row extends RecordRow, View, Create, Update, Query> {
  /** Singular noun for messages: "Venue". */
  noun: string;
  model(db: DbClient): OwnedDelegate<Row>;
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
  /** Rows → API objects, adding read-only fields computed in SQL (one query per page, not per row). */
  present?(db: DbClient, ownerId: string, rows: Row[]): Promise<View[]>;
  /** Runs in the create's transaction with the created object, e.g. to write a webhook event to the outbox. */
  afterCreate?(db: DbClient, ownerId: string, created: View): Promise<void>;
  /** Runs in the update's transaction with the object before and after the change. */
  afterUpdate?(db: DbClient, ownerId: string, before: View, after: View): Promise<void>;
}

/** Any resource's spec, as the generic services and routes take it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each resource is typed in its own spec
export type AnyRecordSpec = RecordSpec<RecordRow, any, any, any, any>;
