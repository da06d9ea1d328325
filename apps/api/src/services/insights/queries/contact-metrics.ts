/**
 * New contacts in the period — those first met in it: the earlier of the
 * met-at event's date and the first conversation with them — by venue kind
 * and by week, plus the network's insiders and target companies. One statement.
 */
import { Prisma, type VenueKind } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import { type PeriodParams, weekOf } from "./params.ts";

export interface ContactMetrics {
  newContacts: number;
  insidersAndConnectorsMet: number;
  newContactsWithOneOnOne: number;
  byKind: Array<{ kind: VenueKind; newContacts: number }>;
  byWeek: Array<{ week: Date; newContacts: number }>;
  totalContacts: number;
  targetCompanies: number;
  targetCompaniesWithInsider: number;
}

interface Row {
  kind: VenueKind | null;
  week: Date | null;
  grouping: number;
  new_contacts: number;
  insiders: number;
  with_meeting: number;
  total_contacts: number;
  companies: number;
  companies_with_insider: number;
}

export async function contactMetrics(db: DbClient, p: PeriodParams): Promise<ContactMetrics> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH candidates AS (
      SELECT k.id FROM "Contact" k JOIN "Event" ev ON ev.id = k."metAtEventId"
      WHERE k."ownerId" = ${p.owner} AND ev.date BETWEEN ${p.from} AND ${p.to}
      UNION
      SELECT cc."contactId" FROM "Conversation" c JOIN "ConversationContact" cc ON cc."conversationId" = c.id
      WHERE c."ownerId" = ${p.owner} AND c.date BETWEEN ${p.from} AND ${p.to}
    ),
    fresh AS (
      SELECT * FROM (
        SELECT k.id, k.relationship, v.kind,
          LEAST(ev.date, (
            SELECT MIN(c.date) FROM "ConversationContact" cc JOIN "Conversation" c ON c.id = cc."conversationId"
            WHERE cc."contactId" = k.id
          )) AS first_met
        FROM candidates JOIN "Contact" k ON k.id = candidates.id
        LEFT JOIN "Event" ev ON ev.id = k."metAtEventId"
        LEFT JOIN "Venue" v ON v.id = ev."venueId"
      ) firsts
      WHERE first_met BETWEEN ${p.from} AND ${p.to}
    ),
    grouped AS (
      SELECT kind, ${weekOf(Prisma.sql`first_met`)} AS week,
        GROUPING(kind, ${weekOf(Prisma.sql`first_met`)})::int AS grouping,
        COUNT(*)::int AS new_contacts,
        COUNT(*) FILTER (WHERE relationship IN ('INSIDER', 'CONNECTOR'))::int AS insiders,
        COUNT(*) FILTER (WHERE EXISTS (
          SELECT 1 FROM "Meeting" m WHERE m."contactId" = fresh.id AND m.status IN ('DONE', 'SCHEDULED')
        ))::int AS with_meeting
      FROM fresh
      GROUP BY GROUPING SETS ((), (kind), (${weekOf(Prisma.sql`first_met`)}))
    )
    SELECT grouped.*,
      (SELECT COUNT(*) FROM "Contact" WHERE "ownerId" = ${p.owner})::int AS total_contacts,
      (SELECT COUNT(*) FROM "Company" WHERE "ownerId" = ${p.owner})::int AS companies,
      (SELECT COUNT(*) FROM "Company" co WHERE co."ownerId" = ${p.owner} AND EXISTS (
        SELECT 1 FROM "Contact" k WHERE k."companyId" = co.id AND k.relationship IN ('INSIDER', 'CONNECTOR')
      ))::int AS companies_with_insider
    FROM grouped`);
  // GROUPING(kind, week): 3 = the grand total, 1 = by kind, 2 = by week.
  const total = rows.find((row) => row.grouping === 3);
  return {
    newContacts: total?.new_contacts ?? 0,
    insidersAndConnectorsMet: total?.insiders ?? 0,
    newContactsWithOneOnOne: total?.with_meeting ?? 0,
    byKind: rows
      .filter((row) => row.grouping === 1 && row.kind !== null)
      .map((row) => ({ kind: row.kind!, newContacts: row.new_contacts })),
    byWeek: rows.filter((row) => row.grouping === 2).map((row) => ({ week: row.week!, newContacts: row.new_contacts })),
    totalContacts: total?.total_contacts ?? 0,
    targetCompanies: total?.companies ?? 0,
    targetCompaniesWithInsider: total?.companies_with_insider ?? 0,
  };
}
