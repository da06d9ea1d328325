/**
 * New contacts in the period — those first met in it: the earliest of the
 * met-at event's date, the first conversation with them and the day they were
 * added by hand (migration contact_added_on) — by venue kind and by week, for
 * many owners in one statement.
 */
import { Prisma, queryRows, type VenueKind } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import { BY, type PeriodParams, perOwner } from "./params.ts";

export interface ContactMetrics {
  newContacts: number;
  insidersAndConnectorsMet: number;
  newContactsWithOneOnOne: number;
  byKind: Array<{ kind: VenueKind; newContacts: number }>;
  byWeek: Array<{ week: Date; newContacts: number }>;
}

interface Row {
  owner_id: string;
  kind: VenueKind | null;
  week: Date | null;
  grouping: number;
  new_contacts: number;
  insiders: number;
  with_meeting: number;
}

export const EMPTY_CONTACT_METRICS: ContactMetrics = {
  newContacts: 0,
  insidersAndConnectorsMet: 0,
  newContactsWithOneOnOne: 0,
  byKind: [],
  byWeek: [],
};

export async function contactMetrics(db: DbClient, p: PeriodParams): Promise<Map<string, ContactMetrics>> {
  const { week, grouping, sets } = p.groups(Prisma.sql`first_met`, Prisma.sql`kind`);
  const fresh = Prisma.sql`k."ownerId" = ANY(${p.owners}) AND k."firstMetOn" BETWEEN ${p.from} AND ${p.to}`;
  // A short period has few new contacts per owner: their venue's kind and a one-on-one are looked up by key
  // for each (for a cohort of 500 over 28 days, 3,000 probes instead of hashing their 6,000 events, 2,000
  // venues and meetings). A long period is joined with the owners' events and meetings instead (the planner
  // cannot tell the two apart: it expects a period's share of every contact ever met).
  const few = p.days <= 62;
  const probes = Prisma.sql`
      SELECT k."ownerId" AS owner_id, k.relationship, k."firstMetOn" AS first_met,
        (SELECT v.kind FROM "Event" ev JOIN "Venue" v ON v.id = ev."venueId"
          WHERE ev.id = k."metAtEventId" AND ev."ownerId" = k."ownerId" AND v."ownerId" = k."ownerId") AS kind,
        EXISTS (SELECT 1 FROM "Meeting" m
          WHERE m."contactId" = k.id AND m."ownerId" = k."ownerId" AND m.status IN ('DONE', 'SCHEDULED')) AS with_meeting
      FROM "Contact" k WHERE ${fresh}`;
  const joins = Prisma.sql`
      SELECT k."ownerId" AS owner_id, k.relationship, k."firstMetOn" AS first_met, v.kind, m.id IS NOT NULL AS with_meeting
      FROM "Contact" k
      -- Joined rows are the owners' own: saying so lets PostgreSQL read only their rows.
      LEFT JOIN "Event" ev ON ev.id = k."metAtEventId" AND ev."ownerId" = ANY(${p.owners})
      LEFT JOIN "Venue" v ON v.id = ev."venueId" AND v."ownerId" = ANY(${p.owners})
      LEFT JOIN (
        SELECT DISTINCT "contactId" AS id FROM "Meeting"
        WHERE "ownerId" = ANY(${p.owners}) AND status IN ('DONE', 'SCHEDULED')
      ) m ON m.id = k.id
      WHERE ${fresh}`;
  const rows = await queryRows<Row>(db, Prisma.sql`
    WITH fresh AS (
      -- "firstMetOn" is maintained by triggers (migrations contact_derived_dates, contact_added_on) and indexed with the owner.
      ${few ? probes : joins}
    )
    SELECT owner_id::text, kind, ${week} AS week, ${grouping}::int AS grouping,
      COUNT(*)::int AS new_contacts,
      COUNT(*) FILTER (WHERE relationship IN ('INSIDER', 'CONNECTOR'))::int AS insiders,
      COUNT(*) FILTER (WHERE with_meeting)::int AS with_meeting
    FROM fresh
    GROUP BY ${sets}`,
    // The probes' generic plan serves any month or two of one owner, without planning per request; the joins'
    // does not (a year of the heavy user: 0.4 s against 16 ms), so they are planned each time, and so is a
    // caseload, whose probe of the meetings PostgreSQL may turn into one hash of them all (decision 25).
    { prepared: few && p.ownerCount === 1 },
  );
  const result = new Map<string, ContactMetrics>();
  for (const [owner, ownRows] of perOwner(rows)) {
    const total = ownRows.find((row) => row.grouping === BY.total);
    result.set(owner, {
      newContacts: total?.new_contacts ?? 0,
      insidersAndConnectorsMet: total?.insiders ?? 0,
      newContactsWithOneOnOne: total?.with_meeting ?? 0,
      byKind: ownRows
        .filter((row) => row.grouping === BY.kind && row.kind !== null)
        .map((row) => ({ kind: row.kind!, newContacts: row.new_contacts })),
      byWeek: ownRows
        .filter((row) => row.grouping === BY.week)
        .map((row) => ({ week: row.week!, newContacts: row.new_contacts })),
    });
  }
  return result;
}
