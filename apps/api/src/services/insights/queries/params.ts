import { Prisma } from "@traction/db";

/** SQL fragments for one jobseeker and one period. Dates travel as `YYYY-MM-DD` text: no time-zone surprises. */
export interface PeriodParams {
  owner: Prisma.Sql;
  from: Prisma.Sql;
  to: Prisma.Sql;
  asOf: Prisma.Sql;
  /** The period as a half-open timestamptz range, for `createdAt`-style columns (index friendly). */
  fromTs: Prisma.Sql;
  toTsExclusive: Prisma.Sql;
}

export const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function periodParams(ownerId: string, from: Date, to: Date, asOf: Date): PeriodParams {
  return {
    owner: Prisma.sql`${ownerId}::uuid`,
    from: Prisma.sql`${isoDate(from)}::date`,
    to: Prisma.sql`${isoDate(to)}::date`,
    asOf: Prisma.sql`${isoDate(asOf)}::date`,
    fromTs: Prisma.sql`(${isoDate(from)}::date::timestamp AT TIME ZONE 'UTC')`,
    toTsExclusive: Prisma.sql`((${isoDate(to)}::date + 1)::timestamp AT TIME ZONE 'UTC')`,
  };
}

/** `date_trunc('week', …)` starts weeks on Monday, as the dashboard does. */
export const weekOf = (column: Prisma.Sql) => Prisma.sql`date_trunc('week', ${column})::date`;
