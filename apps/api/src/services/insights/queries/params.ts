import { Prisma, arrayLiteral } from "@traction/db";

/**
 * SQL fragments for a set of owners and one period. Every statement takes
 * many owners at once (the coach roster asks for all clients together; the
 * insights route asks for one). Dates travel as `YYYY-MM-DD` text.
 */
export interface PeriodParams {
  owners: Prisma.Sql;
  /** Numbers only (cohort benchmarks): no record ids for evidence, and no weekly series (`groups`). */
  lean: boolean;
  /**
   * The grouping of a statement over `owner_id` rows: each owner's total, by `kind` when given, and by the
   * week of `day` — `grouping` is `GROUPING(kind, week)` (see BY). Lean, there is no by-week set: one
   * row per owner and kind fewer to send and read, and `week` is NULL.
   */
  groups: (day: Prisma.Sql, kind?: Prisma.Sql) => { week: Prisma.Sql; grouping: Prisma.Sql; sets: Prisma.Sql };
  /** How many owners, and how many days the period holds: for choosing between probes and joins. */
  ownerCount: number;
  days: number;
  from: Prisma.Sql;
  to: Prisma.Sql;
  asOf: Prisma.Sql;
  /** The owners' time zone, for turning timestamps into their calendar days. */
  tz: Prisma.Sql;
  /** The period as a half-open timestamptz range in the owners' time zone, for `createdAt`-style columns (index friendly). */
  fromTs: Prisma.Sql;
  toTsExclusive: Prisma.Sql;
}

export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function periodParams(
  ownerIds: readonly string[],
  from: Date,
  to: Date,
  asOf: Date,
  timeZone = "UTC",
  lean = false,
): PeriodParams {
  return {
    lean,
    groups: (day, kind) => (lean ? leanGroups(kind) : weeklyGroups(weekOf(day), kind)),
    ownerCount: ownerIds.length,
    days: Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1,
    tz: Prisma.sql`${timeZone}::text`,
    // Encoded once for all of a request's statements (a cohort's 500 owners), and sent once in each.
    owners: Prisma.sql`${arrayLiteral(ownerIds)}::uuid[]`,
    from: Prisma.sql`${isoDate(from)}::date`,
    to: Prisma.sql`${isoDate(to)}::date`,
    asOf: Prisma.sql`${isoDate(asOf)}::date`,
    fromTs: Prisma.sql`(${isoDate(from)}::date::timestamp AT TIME ZONE ${timeZone}::text)`,
    toTsExclusive: Prisma.sql`((${isoDate(to)}::date + 1)::timestamp AT TIME ZONE ${timeZone}::text)`,
  };
}

/**
 * The Monday of a `date` column's week, in integer date arithmetic
 * (2000-01-03 was a Monday): far cheaper than `date_trunc`, which goes
 * through a time-zoned timestamp for every row.
 */
export const weekOf = (column: Prisma.Sql) => Prisma.sql`(${column} - ((${column} - DATE '2000-01-03') % 7 + 7) % 7)`;

function weeklyGroups(week: Prisma.Sql, kind?: Prisma.Sql) {
  return kind
    ? {
        week,
        grouping: Prisma.sql`GROUPING(${kind}, ${week})`,
        sets: Prisma.sql`GROUPING SETS ((owner_id), (owner_id, ${kind}), (owner_id, ${week}))`,
      }
    : { week, grouping: Prisma.sql`GROUPING(${week})`, sets: Prisma.sql`GROUPING SETS ((owner_id), (owner_id, ${week}))` };
}

/** The same codes without a week: an owner's total is 3 (1 without kinds), a kind's row 1. */
function leanGroups(kind?: Prisma.Sql) {
  const week = Prisma.sql`NULL::date`;
  return kind
    ? {
        week,
        grouping: Prisma.sql`(GROUPING(${kind}) * 2 + 1)`,
        sets: Prisma.sql`GROUPING SETS ((owner_id), (owner_id, ${kind}))`,
      }
    : { week, grouping: Prisma.sql`1`, sets: Prisma.sql`owner_id` };
}

/**
 * `GROUPING(kind, week)` within an owner: 3 = the owner's total, 1 = by kind,
 * 2 = by week. Statements group by `GROUPING SETS ((owner), (owner, kind), (owner, week))`.
 */
export const BY = { total: 3, kind: 1, week: 2 } as const;

/** Rows of many owners → one list per owner. */
export function perOwner<Row extends { owner_id: string }>(rows: Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const list = map.get(row.owner_id);
    if (list) list.push(row);
    else map.set(row.owner_id, [row]);
  }
  return map;
}
