/**
 * @traction/db — the Prisma client factory and the generated types, nothing else.
 * Business logic lives in the API's services.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { createHash } from "node:crypto";
import pg from "pg";
import { type Prisma, PrismaClient } from "./generated/prisma/client.ts";

export * from "./generated/prisma/client.ts";

export interface DatabaseOptions {
  connectionString: string;
  /** Pool size; the default suits one API process on a small machine. */
  maxConnections?: number;
  /**
   * Called when a pooled connection fails (e.g. the server restarted), whether it
   * was idle in the pool or checked out by a query or a transaction.
   */
  onPoolError?: (error: Error) => void;
}

export type Database = PrismaClient;

/**
 * The pool behind the client, safe when PostgreSQL goes away:
 *
 * - node-postgres only listens for errors on idle clients, and the Prisma
 *   adapter listens on a transaction's client only while it holds it: a
 *   connection that dies (57P01 when PostgreSQL restarts) outside those windows
 *   emits an `'error'` event nobody hears, and Node exits. So every client the
 *   pool creates gets a listener of its own for its whole life.
 * - When a transaction's connection dies, Prisma's ROLLBACK fails and it never
 *   hands the client back: the pool would leak it, and after a few outages every
 *   request would wait forever for a connection. So a client that fails while
 *   checked out is released (and so discarded) at once; a later release by its
 *   holder is a no-op.
 *
 * The queries on a dead connection still fail, and the API answers them with 503.
 */
export function createPool(options: DatabaseOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    // No JIT compilation: the API's statements are short reads and writes, but over a large caseload a
    // set-based statement's estimated cost passes jit_above_cost and PostgreSQL spends up to a second
    // compiling it (measured on the insights statements for 500 clients; decision 22).
    options: "-c jit=off",
    // A connection idle for 5 minutes is closed, not after pg's default 10 seconds: a new one costs a backend's
    // start and the planning of every prepared statement again, which doubled the first cohort benchmark after
    // a quiet spell (~150 → ~320 ms, measured; decision 28). At most `max` idle backends per process are kept.
    idleTimeoutMillis: 5 * 60_000,
  });
  // An idle client's failure is emitted on the pool, and an 'error' event nobody hears ends the process. Prisma's
  // adapter listens only once Prisma has connected, and a pool whose statements all go through `queryRows`
  // (a read replica's) may never be: listen from the start.
  pool.on("error", (error) => options.onPoolError?.(error));
  const checkedOut = new Set<pg.PoolClient>();
  pool.on("acquire", (client) => checkedOut.add(client));
  pool.on("release", (_error, client) => checkedOut.delete(client));
  pool.on("remove", (client) => checkedOut.delete(client));
  pool.on("connect", (client) => {
    client.on("error", (error) => {
      options.onPoolError?.(error);
      if (!checkedOut.has(client)) return;
      checkedOut.delete(client);
      const release = client.release.bind(client);
      client.release = () => undefined;
      release(error);
    });
  });
  return pool;
}

/** Each client's pool, for the statements the API writes by hand (`poolOf`). */
const pools = new WeakMap<object, pg.Pool>();
const connected = new WeakSet<object>();

export function createDatabase(options: DatabaseOptions): Database {
  const pool = createPool(options);
  const adapter = new PrismaPg(
    // The adapter is typed against an older @types/pg; the runtime Pool is the same class.
    pool as unknown as ConstructorParameters<typeof PrismaPg>[0],
    { onPoolError: options.onPoolError, disposeExternalPool: true },
  );
  const database = new PrismaClient({ adapter });
  pools.set(database, pool);
  return database;
}

/** As Prisma reads them: `date` values at midnight UTC (node-postgres would make local midnight). */
const rawTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE
      ? (value: string) => new Date(`${value}T00:00:00.000Z`)
      : pg.types.getTypeParser(oid, format ?? "text")) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * The rows of one raw statement. On a client made by `createDatabase` it runs
 * on that client's own pool — the same connections Prisma uses — and skips
 * Prisma's raw-query path (1–2 ms of the API's CPU per statement, measured
 * in docs/benchmarks.md); in a transaction, or on any other client, it goes
 * through `$queryRaw`. Values come back as `$queryRaw` gives them for the
 * types the hot statements select (integers, float8, text, text[], date,
 * timestamptz, boolean); cast bigints and numerics in SQL.
 */
export async function queryRows<Row>(
  db: PrismaClient | Prisma.TransactionClient,
  sql: Prisma.Sql,
  { prepared = false }: QueryOptions = {},
): Promise<Row[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRaw<Row[]>(sql);
  // Prisma owns the pool's life (`$disconnect` ends it) only once it has connected; a client whose every
  // statement comes here would otherwise never end its pool.
  if (!connected.has(db)) {
    connected.add(db);
    await (db as PrismaClient).$connect().catch((error: unknown) => {
      connected.delete(db);
      throw error;
    });
  }
  const { text, values } = sendArraysOnce(sql.text, sql.values);
  const name = prepared ? statementName(text) : undefined;
  const result = await pool.query({ name, text, values, types: rawTypes });
  return result.rows as Row[];
}

/**
 * One parameter for an array interpolated in several places, when each place casts it to the same type
 * (`= ANY(${owners}::uuid[])` in every part of a statement): `Prisma.sql` numbers every interpolation anew,
 * and an insights statement for a cohort of 500 repeated its owner list up to six times, each encoded, sent
 * and parsed again. The same array is the same object, or the same `arrayLiteral` text. Anything else keeps
 * its own parameter: PostgreSQL deduces an uncast parameter's type from where it stands, and one parameter
 * cannot have two.
 */
export function sendArraysOnce(text: string, values: readonly unknown[]): { text: string; values: unknown[] } {
  const castAt = (index: number) => {
    const at = new RegExp(`\\$${index + 1}(?!\\d)(::[a-z0-9_]+\\[\\])`).exec(text);
    return at?.[1];
  };
  const firstOf = new Map<unknown, { index: number; cast: string }>();
  const sameAs = new Map<number, number>();
  values.forEach((value, index) => {
    if (!Array.isArray(value) && !(typeof value === "string" && value.startsWith("{"))) return;
    const cast = castAt(index);
    if (cast === undefined) return;
    const first = firstOf.get(value);
    if (!first) firstOf.set(value, { index, cast });
    else if (first.cast === cast) sameAs.set(index, first.index);
  });
  if (sameAs.size === 0) return { text, values: [...values] };
  // Old position (0-based) → new number (1-based), the repeats dropped.
  const numbers: number[] = [];
  const kept: unknown[] = [];
  values.forEach((value, index) => {
    const first = sameAs.get(index);
    if (first === undefined) {
      kept.push(value);
      numbers[index] = kept.length;
    } else numbers[index] = numbers[first]!;
  });
  return { text: text.replace(/\$(\d+)/g, (_match, n: string) => `$${numbers[Number(n) - 1]}`), values: kept };
}

/**
 * A list as PostgreSQL's array text (`{"a","b"}`), for a statement to cast (`${arrayLiteral(ids)}::uuid[]`).
 * Encoded once, where node-postgres encodes an array value again for every statement it is sent with: the
 * insights send a cohort's 500 owners with each of their six statements.
 */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, "\\$&")}"`).join(",")}}`;
}

export interface QueryOptions {
  /**
   * Prepare the statement, named by its text, on each connection that runs it. PostgreSQL plans its first
   * five runs with their values, then keeps one generic plan when it does not expect it to cost more, and
   * plans it no more. Only for a statement whose generic plan was measured to serve all its values (one
   * owner and five hundred, a month and a year): for others a range's width or the number of owners makes
   * it far worse (decision 25). Unnamed statements, Prisma's included, are planned with their values every
   * time. In a transaction the statement runs unprepared.
   */
  prepared?: boolean;
}

/** A prepared statement's name, from its text: the same text, the same statement on every connection. */
const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `traction_${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * The pool behind a client made by `createDatabase`: the same connections,
 * for a hot read written as plain SQL (no second pool, no second size to
 * tune). `undefined` for anything else — a transaction's client, whose
 * statements must stay on the transaction's own connection.
 */
export function poolOf(database: object): pg.Pool | undefined {
  return pools.get(database);
}

export type { Pool, QueryResultRow } from "pg";

const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const INT8 = 20;

const digits = (text: string, from: number, to: number) => Number(text.slice(from, to));

/** `YYYY-MM-DD` → that day's UTC midnight, as Prisma reads a `@db.Date`. */
function parseDate(text: string): Date {
  if (text.length !== 10 || text.startsWith("00")) return new Date(`${text}T00:00:00.000Z`);
  return new Date(Date.UTC(digits(text, 0, 4), digits(text, 5, 7) - 1, digits(text, 8, 10)));
}

/** PostgreSQL's `YYYY-MM-DD HH:MM:SS[.fff]+00` (a UTC session, milliseconds at most); anything else: node-postgres' parser. */
const UTC_TIMESTAMPTZ = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{1,3}))?\+00$/;
const defaultTimestamptz = pg.types.getTypeParser(TIMESTAMPTZ, "text");
function parseTimestamptz(text: string): unknown {
  const match = UTC_TIMESTAMPTZ.exec(text);
  if (!match || match[1]!.startsWith("00")) return defaultTimestamptz(text);
  const [, year, month, day, hours, minutes, seconds, fraction = ""] = match;
  return new Date(
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds), Number(fraction.padEnd(3, "0"))),
  );
}

const prismaParsers = new Map<number, (text: string) => unknown>([
  [DATE, parseDate],
  [TIMESTAMP, (text) => new Date(`${text.replace(" ", "T")}Z`)],
  [TIMESTAMPTZ, parseTimestamptz],
  [INT8, (text) => BigInt(text)],
]);

/**
 * Type parsers for one query (`pool.query({ text, values, types: PRISMA_TYPES })`),
 * so that a hand-written statement's rows come out as Prisma's would: a
 * `@db.Date` as UTC midnight (node-postgres makes it local midnight), a
 * timestamp without time zone as UTC, a BigInt as a bigint; a UTC timestamp
 * with time zone without a regular expression per digit group. Per query,
 * never global: other code keeps node-postgres' defaults.
 */
export const PRISMA_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (format === "binary") return pg.types.getTypeParser(oid, format);
    return prismaParsers.get(oid) ?? pg.types.getTypeParser(oid, "text");
  }) as pg.CustomTypesConfig["getTypeParser"],
};
