/**
 * The set-based statements (rollups, probes and all) against a plain reading
 * of the records: every owner's rows are loaded into JavaScript and each
 * figure is counted there, record by record, with nothing of the SQL. Six
 * owners in three time zones, two per zone computed together (as the roster
 * and the cohort benchmarks ask), with generated histories; periods of 28
 * days, a year, one in the past and one running into the future; before and
 * after the conversation-day changes are folded, and after edits.
 */
import { VENUE_KINDS, dayIn, type TVenueKind } from "@traction/schemas";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { ORDINARY, createUsers, fillHistory } from "../../../bench/generate.ts";
import { useTestApp } from "../../../test/helpers/app.ts";
import { collectMetrics } from "./collect-metrics.ts";
import { foldConversationDays } from "./data-versions.ts";
import type { InsightMetrics } from "./metrics.ts";
import { addDays, DAY_MS, mondayOf, resolvePeriod, weeksOf, type Period } from "./period.ts";
import { THRESHOLDS } from "./thresholds.ts";

const context = useTestApp();
const ZONES = ["UTC", "Pacific/Auckland", "America/Los_Angeles"];
const SIZE = { ...ORDINARY, events: 40, contacts: 60, conversations: 150, meetings: 12, leads: 6, tasks: 12, posts: 3, days: 120 };

const key = (date: Date | string | null) => (date === null ? null : new Date(date).toISOString().slice(0, 10));
const within = (day: string | null, period: Period) => day !== null && day >= key(period.from)! && day <= key(period.to)!;
const byDateDescId = <T extends { id: string; date: Date }>(a: T, b: T) =>
  b.date.getTime() - a.date.getTime() || (a.id < b.id ? -1 : 1);

/** One owner's rows, straight from the tables. */
async function recordsOf(client: pg.Client, ownerId: string) {
  const rows = async <T,>(sql: string) => (await client.query<T & pg.QueryResultRow>(sql, [ownerId])).rows;
  return {
    venues: await rows<{ id: string; kind: TVenueKind }>(`SELECT id::text, kind FROM "Venue" WHERE "ownerId" = $1`),
    events: await rows<{ id: string; venueId: string; date: Date; hours: number; visibility: string | null }>(
      `SELECT id::text, "venueId"::text, date, hours, visibility FROM "Event" WHERE "ownerId" = $1`,
    ),
    contacts: await rows<{
      id: string;
      relationship: string | null;
      metAtEventId: string | null;
      companyId: string | null;
      firstMetOn: Date | null;
      lastHeardPitchOn: Date | null;
      createdAt: Date;
    }>(
      `SELECT id::text, relationship, "metAtEventId"::text, "companyId"::text, "firstMetOn", "lastHeardPitchOn", "createdAt"
       FROM "Contact" WHERE "ownerId" = $1`,
    ),
    conversations: await rows<{ id: string; date: Date; mentionedJobSearch: boolean; smallTalkOnly: boolean }>(
      `SELECT id::text, date, "mentionedJobSearch", "smallTalkOnly" FROM "Conversation" WHERE "ownerId" = $1`,
    ),
    links: await rows<{ conversationId: string; contactId: string }>(
      `SELECT cc."conversationId"::text, cc."contactId"::text FROM "ConversationContact" cc
       JOIN "Conversation" c ON c.id = cc."conversationId" WHERE c."ownerId" = $1`,
    ),
    named: await rows<{ conversationId: string }>(
      `SELECT x."conversationId"::text FROM "ConversationCompany" x
       JOIN "Conversation" c ON c.id = x."conversationId" WHERE c."ownerId" = $1`,
    ),
    companies: await rows<{ id: string }>(`SELECT id::text FROM "Company" WHERE "ownerId" = $1`),
    meetings: await rows<{ contactId: string; status: string; scheduledAt: Date | null; updatedAt: Date }>(
      `SELECT "contactId"::text, status, "scheduledAt", "updatedAt" FROM "Meeting" WHERE "ownerId" = $1`,
    ),
    leads: await rows<{ id: string; sourceContactId: string | null; createdAt: Date }>(
      `SELECT id::text, "sourceContactId"::text, "createdAt" FROM "Lead" WHERE "ownerId" = $1`,
    ),
    stages: await rows<{ leadId: string; stage: string; changedAt: Date }>(
      `SELECT s."leadId"::text, s.stage, s."changedAt" FROM "LeadStageChange" s JOIN "Lead" l ON l.id = s."leadId" WHERE l."ownerId" = $1`,
    ),
    tasks: await rows<{ id: string; done: boolean; dueOn: Date | null }>(
      `SELECT id::text, done, "dueOn" FROM "Task" WHERE "ownerId" = $1`,
    ),
    posts: await rows<{ publishedOn: Date | null }>(`SELECT "publishedOn" FROM "Post" WHERE "ownerId" = $1`),
  };
}

/** Every figure the rules read, counted record by record. */
function expected(records: Awaited<ReturnType<typeof recordsOf>>, period: Period): Omit<InsightMetrics, "byKind"> & {
  byKind: Array<{ kind: TVenueKind; hours: number; events: number; newContacts: number; leads: number }>;
} {
  const zone = period.timeZone ?? "UTC";
  const dayOf = (at: Date) => key(dayIn(zone, at))!;
  const kindOfVenue = new Map(records.venues.map((venue) => [venue.id, venue.kind]));
  const eventById = new Map(records.events.map((event) => [event.id, event]));
  const kindOfEvent = (eventId: string | null) => {
    const event = eventId ? eventById.get(eventId) : undefined;
    return event ? (kindOfVenue.get(event.venueId) ?? null) : null;
  };
  const contactById = new Map(records.contacts.map((contact) => [contact.id, contact]));
  const weekOf = (day: string) => key(mondayOf(new Date(day)))!;

  const events = records.events.filter((event) => within(key(event.date), period));
  const kinds = new Map<TVenueKind, { kind: TVenueKind; hours: number; events: number; newContacts: number; leads: number }>();
  const kindRow = (kind: TVenueKind) => {
    if (!kinds.has(kind)) kinds.set(kind, { kind, hours: 0, events: 0, newContacts: 0, leads: 0 });
    return kinds.get(kind)!;
  };
  const hoursWhere = (test: (event: (typeof events)[number]) => boolean) =>
    events.filter(test).reduce((sum, event) => sum + event.hours, 0);
  for (const event of events) {
    const row = kindRow(kindOfVenue.get(event.venueId)!);
    row.hours += event.hours;
    row.events += 1;
  }
  const volunteering = (event: (typeof events)[number]) => kindOfVenue.get(event.venueId) === "VOLUNTEERING";
  const firstEvent = new Map<string, string>();
  for (const event of records.events) {
    const day = key(event.date)!;
    if (day <= key(period.to)! && (!firstEvent.has(event.venueId) || day < firstEvent.get(event.venueId)!))
      firstEvent.set(event.venueId, day);
  }

  const fresh = records.contacts.filter((contact) => within(key(contact.firstMetOn), period));
  const oneOnOne = new Set(records.meetings.filter((m) => m.status === "DONE" || m.status === "SCHEDULED").map((m) => m.contactId));
  for (const contact of fresh) {
    const kind = kindOfEvent(contact.metAtEventId);
    if (kind) kindRow(kind).newContacts += 1;
  }
  const insider = (contact: { relationship: string | null }) =>
    contact.relationship === "INSIDER" || contact.relationship === "CONNECTOR";

  const conversations = records.conversations.filter((c) => within(key(c.date), period));
  const inPeriod = new Set(conversations.map((c) => c.id));
  const conversationDay = new Map(conversations.map((c) => [c.id, key(c.date)!]));
  // Each contact talked to in the period, with the day of the latest conversation with them in it.
  const lastTalked = new Map<string, string>();
  for (const link of records.links.filter((link) => inPeriod.has(link.conversationId))) {
    const day = conversationDay.get(link.conversationId)!;
    const seen = lastTalked.get(link.contactId);
    if (seen === undefined || seen < day) lastTalked.set(link.contactId, day);
  }
  const talked = [...lastTalked.keys()];
  const pitchLine = key(addDays(period.to, -THRESHOLDS.pitchStale.days))!;
  // The evidence names the people talked to most lately first.
  const stale = talked
    .filter((id) => {
      const heard = key(contactById.get(id)!.lastHeardPitchOn);
      return heard === null || heard <= pitchLine;
    })
    .sort((a, b) => lastTalked.get(b)!.localeCompare(lastTalked.get(a)!) || b.localeCompare(a));
  const latest = [...conversations].sort(byDateDescId);

  const done = records.meetings.filter((m) => m.status === "DONE" && within(dayOf(m.scheduledAt ?? m.updatedAt), period));
  const leads = records.leads.filter((lead) => within(dayOf(lead.createdAt), period));
  for (const lead of leads) {
    const source = lead.sourceContactId ? contactById.get(lead.sourceContactId) : undefined;
    const kind = source ? kindOfEvent(source.metAtEventId) : null;
    if (kind) kindRow(kind).leads += 1;
  }
  const reachedIn = (stages: string[]) =>
    new Set(
      records.stages
        .filter((s) => stages.includes(s.stage) && within(dayOf(s.changedAt), period))
        .map((s) => s.leadId),
    ).size;
  const overdue = records.tasks
    .filter((task) => !task.done && task.dueOn !== null && key(task.dueOn)! < key(period.asOf)!)
    .sort((a, b) => a.dueOn!.getTime() - b.dueOn!.getTime() || (a.id < b.id ? -1 : 1));
  const lastDays = [
    ...records.events.map((e) => key(e.date)!),
    ...records.conversations.map((c) => key(c.date)!),
    ...records.meetings.filter((m) => m.status === "DONE" && m.scheduledAt).map((m) => dayOf(m.scheduledAt!)),
    ...records.contacts.map((c) => dayOf(c.createdAt)),
    ...records.leads.map((l) => dayOf(l.createdAt)),
    ...records.posts.filter((p) => p.publishedOn).map((p) => key(p.publishedOn)!),
  ].filter((day) => day <= key(period.to)!);
  const lastActivity = lastDays.sort().at(-1) ?? null;
  const supportGroup = events.filter((event) => kindOfVenue.get(event.venueId) === "JOBSEEKER_SUPPORT_GROUP");
  const countIn = <T,>(rows: T[], dayOfRow: (row: T) => string, week: string) => rows.filter((row) => weekOf(dayOfRow(row)) === week).length;

  return {
    from: period.from,
    to: period.to,
    asOf: period.asOf,
    totalHours: hoursWhere(() => true),
    supportGroupHours: supportGroup.reduce((sum, event) => sum + event.hours, 0),
    // In the venue kinds' own order, whatever order the statements' rows come in.
    byKind: [...kinds.values()].sort((a, b) => VENUE_KINDS.indexOf(a.kind) - VENUE_KINDS.indexOf(b.kind)),
    supportGroupEventIds: [...supportGroup].sort(byDateDescId).slice(0, 10).map((event) => event.id),
    newVenueIds: [...firstEvent].filter(([, day]) => day >= key(period.from)!).map(([id]) => id).sort(),
    volunteeringHours: hoursWhere(volunteering),
    behindTheScenesHours: hoursWhere((e) => volunteering(e) && e.visibility === "BEHIND_THE_SCENES"),
    frontFacingHours: hoursWhere((e) => volunteering(e) && e.visibility === "FRONT_FACING"),
    withLeadershipHours: hoursWhere((e) => volunteering(e) && e.visibility === "WITH_LEADERSHIP"),
    insidersAndConnectorsMet: fresh.filter(insider).length,
    targetCompanies: records.companies.length,
    targetCompaniesWithInsider: records.companies.filter((company) =>
      records.contacts.some((contact) => contact.companyId === company.id && insider(contact)),
    ).length,
    conversations: conversations.length,
    distinctPeople: talked.length,
    mentionedSearch: conversations.filter((c) => c.mentionedJobSearch).length,
    namedTargetCompany: new Set(records.named.filter((x) => inPeriod.has(x.conversationId)).map((x) => x.conversationId)).size,
    smallTalkOnly: conversations.filter((c) => c.smallTalkOnly).length,
    contactsTalkedTo: talked.length,
    pitchStaleContacts: stale.length,
    pitchStaleContactIds: stale.slice(0, 10),
    recentConversationIds: latest.slice(0, 10).map((c) => c.id),
    silentConversationIds: latest.filter((c) => !c.mentionedJobSearch).slice(0, 10).map((c) => c.id),
    postsPublished: records.posts.filter((p) => within(key(p.publishedOn), period)).length,
    totalContacts: records.contacts.length,
    newContacts: fresh.length,
    newContactsWithOneOnOne: fresh.filter((contact) => oneOnOne.has(contact.id)).length,
    oneOnOnesDone: done.length,
    oneOnOnesScheduled: records.meetings.filter(
      (m) => m.status === "SCHEDULED" && (m.scheduledAt === null || dayOf(m.scheduledAt) >= key(period.from)!),
    ).length,
    overdueFollowUps: overdue.length,
    overdueFollowUpIds: overdue.slice(0, 10).map((task) => task.id),
    oldestOverdueDays: overdue[0] ? Math.round((period.asOf.getTime() - overdue[0].dueOn!.getTime()) / DAY_MS) : null,
    leads: leads.length,
    interviews: reachedIn(["INTERVIEW", "OFFER", "HIRED"]),
    offers: reachedIn(["OFFER", "HIRED"]),
    weekly: weeksOf(period.from, period.to).map((weekStart) => {
      const week = key(weekStart)!;
      const eventsThisWeek = events.filter((event) => weekOf(key(event.date)!) === week);
      const conversationsThisWeek = conversations.filter((c) => weekOf(key(c.date)!) === week);
      return {
        weekStart,
        events: eventsThisWeek.length,
        hours: eventsThisWeek.reduce((sum, event) => sum + event.hours, 0),
        newContacts: countIn(fresh, (contact) => key(contact.firstMetOn)!, week),
        conversations: conversationsThisWeek.length,
        conversationsMentioningSearch: conversationsThisWeek.filter((c) => c.mentionedJobSearch).length,
        oneOnOnes: countIn(done, (m) => dayOf(m.scheduledAt ?? m.updatedAt), week),
        leads: countIn(leads, (lead) => dayOf(lead.createdAt), week),
      };
    }),
    lastActivityOn: lastActivity ? new Date(`${lastActivity}T00:00:00.000Z`) : null,
  };
}

describe("insights statements against the records counted one by one", () => {
  const owners: Array<{ id: string; zone: string }> = [];
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: context.databaseUrl });
    await client.connect();
    await client.query("SELECT setseed(0.17)");
    const ids = await createUsers(client, ZONES.length * 2, `metrics-${Date.now()}-`, "not a real hash");
    for (const [index, id] of ids.entries()) {
      const zone = ZONES[index % ZONES.length]!;
      await client.query(`UPDATE "User" SET timezone = $2 WHERE id = $1`, [id, zone]);
      await fillHistory(client, id, SIZE);
      owners.push({ id, zone });
    }
    // Some of each kind of evidence the generator leaves out: front-facing and leadership volunteering,
    // meetings without a time, tasks without a due date, conversations tomorrow.
    await client.query(`UPDATE "Event" SET visibility = 'FRONT_FACING' WHERE "ownerId" = ANY($1::uuid[]) AND hours = 1`, [ids]);
    await client.query(`UPDATE "Event" SET visibility = 'WITH_LEADERSHIP' WHERE "ownerId" = ANY($1::uuid[]) AND hours = 2`, [ids]);
    await client.query(`UPDATE "Meeting" SET "scheduledAt" = NULL WHERE "ownerId" = ANY($1::uuid[]) AND random() < 0.2`, [ids]);
    await client.query(`UPDATE "Conversation" SET date = current_date + 1 WHERE "ownerId" = ANY($1::uuid[]) AND random() < 0.02`, [ids]);
    return () => client.end();
  });

  const periods = (zone: string) => {
    const now = new Date();
    const today = dayIn(zone, now);
    return {
      "28 days": resolvePeriod({}, now, zone),
      year: resolvePeriod({ from: addDays(today, -364) }, now, zone),
      past: resolvePeriod({ from: addDays(today, -70), to: addDays(today, -40) }, now, zone),
      "into the future": resolvePeriod({ from: addDays(today, -10), to: addDays(today, 17) }, now, zone),
    };
  };

  async function compareAll(): Promise<void> {
    for (const zone of ZONES) {
      const group = owners.filter((owner) => owner.zone === zone).map((owner) => owner.id);
      for (const [name, period] of Object.entries(periods(zone))) {
        // Together (a caseload's statements) and one by one (the insights route's: some lookups differ).
        const together = await collectMetrics(context.app.db, group, period, THRESHOLDS);
        for (const ownerId of group) {
          const alone = await collectMetrics(context.app.db, [ownerId], period, THRESHOLDS);
          const want = expected(await recordsOf(client, ownerId), period);
          expect(together.get(ownerId), `${zone}, ${name}, together`).toEqual(want);
          expect(alone.get(ownerId), `${zone}, ${name}, alone`).toEqual(want);
        }
      }
    }
  }

  it("gives every figure the records give, before the day counts are folded", async () => {
    const [{ pending }] = (await client.query(`SELECT COUNT(*)::int AS pending FROM "ConversationDayChange"`)).rows;
    expect(pending).toBeGreaterThan(0);
    await compareAll();
  });

  it("and after they are folded", async () => {
    expect(await foldConversationDays(context.app.db)).toBeGreaterThan(0);
    const [{ pending }] = (await client.query(`SELECT COUNT(*)::int AS pending FROM "ConversationDayChange"`)).rows;
    expect(pending).toBe(0);
    await compareAll();
  });

  it("and after conversations are moved, flagged, deleted and added, folded or not", async () => {
    const ids = owners.map((owner) => owner.id);
    await client.query(`UPDATE "Conversation" SET date = date - 3 WHERE "ownerId" = ANY($1::uuid[]) AND random() < 0.1`, [ids]);
    await client.query(
      `UPDATE "Conversation" SET "mentionedJobSearch" = NOT "mentionedJobSearch", "smallTalkOnly" = NOT "smallTalkOnly"
       WHERE "ownerId" = ANY($1::uuid[]) AND random() < 0.1`,
      [ids],
    );
    await client.query(`DELETE FROM "Conversation" WHERE "ownerId" = ANY($1::uuid[]) AND random() < 0.1`, [ids]);
    await client.query(
      `INSERT INTO "Conversation" ("ownerId", date, "mentionedJobSearch", "smallTalkOnly", "updatedAt")
       SELECT o, current_date - (i % 40), i % 2 = 0, i % 3 = 0, now() FROM unnest($1::uuid[]) o, generate_series(1, 30) i`,
      [ids],
    );
    await compareAll();
    await foldConversationDays(context.app.db);
    await compareAll();
  });
});
