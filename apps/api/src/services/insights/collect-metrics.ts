/**
 * Runs the aggregation statements concurrently — each one set-based over all
 * the requested owners — and assembles each owner's metrics for the rules.
 * Only aggregated rows reach JavaScript, never a table; the number of queries
 * does not grow with the number of owners.
 */
import type { VenueKind } from "@traction/db";
import { VENUE_KINDS } from "@traction/schemas";
import { allQueries, type DbClient } from "../records/db-client.ts";
import type { InsightMetrics, KindMetrics, WeekMetrics } from "./metrics.ts";
import { DAY_MS, type Period, weeksOf } from "./period.ts";
import { EMPTY_CONTACT_METRICS, contactMetrics, type ContactMetrics } from "./queries/contact-metrics.ts";
import { EMPTY_CONVERSATION_METRICS, conversationMetrics, type ConversationMetrics } from "./queries/conversation-metrics.ts";
import { EMPTY_EVENT_METRICS, eventMetrics, type EventMetrics } from "./queries/event-metrics.ts";
import { EMPTY_LEAD_METRICS, leadMetrics, type LeadMetrics } from "./queries/lead-metrics.ts";
import { EMPTY_MEETING_METRICS, meetingMetrics, type MeetingMetrics } from "./queries/meeting-metrics.ts";
import { ownerMetrics, type OwnerMetrics } from "./queries/owner-metrics.ts";
import { periodParams } from "./queries/params.ts";
import type { Thresholds } from "./thresholds.ts";

interface Parts {
  events: EventMetrics;
  contacts: ContactMetrics;
  conversations: ConversationMetrics;
  meetings: MeetingMetrics;
  leads: LeadMetrics;
  owner: OwnerMetrics;
}

const WEEK_MS = 7 * DAY_MS;

/**
 * Each kind with anything in the period, in the venue kinds' own order: the
 * statements' rows come in whatever order their plan groups them, and a rule
 * that names kinds (FEW_VENUE_KINDS' message and evidence) must say the same
 * thing every time.
 */
function kindTable({ events, contacts, leads }: Parts): KindMetrics[] {
  const kinds = new Map<VenueKind, KindMetrics>();
  const kindOf = (kind: VenueKind) => {
    let entry = kinds.get(kind);
    if (!entry) kinds.set(kind, (entry = { kind, hours: 0, events: 0, newContacts: 0, leads: 0 }));
    return entry;
  };
  for (const row of events.byKind) Object.assign(kindOf(row.kind), { hours: row.hours, events: row.events });
  for (const row of contacts.byKind) kindOf(row.kind).newContacts = row.newContacts;
  for (const row of leads.byKind) kindOf(row.kind).leads = row.leads;
  return [...kinds.values()].sort((a, b) => VENUE_KINDS.indexOf(a.kind) - VENUE_KINDS.indexOf(b.kind));
}

function weeklySeries(period: Period, { events, contacts, conversations, meetings, leads }: Parts): WeekMetrics[] {
  const weeks = weeksOf(period.from, period.to).map(
    (weekStart): WeekMetrics => ({
      weekStart,
      events: 0,
      hours: 0,
      newContacts: 0,
      conversations: 0,
      conversationsMentioningSearch: 0,
      oneOnOnes: 0,
      leads: 0,
    }),
  );
  // A row's week by its distance from the first Monday (rows of other weeks have no slot and are left out).
  const first = weeks[0]?.weekStart.getTime() ?? 0;
  const place = <Row extends { week: Date }>(rows: Row[], set: (week: WeekMetrics, row: Row) => void) => {
    for (const row of rows) {
      const week = weeks[(row.week.getTime() - first) / WEEK_MS];
      if (week) set(week, row);
    }
  };
  place(events.byWeek, (week, row) => Object.assign(week, { events: row.events, hours: row.hours }));
  place(contacts.byWeek, (week, row) => (week.newContacts = row.newContacts));
  place(conversations.byWeek, (week, row) =>
    Object.assign(week, { conversations: row.conversations, conversationsMentioningSearch: row.mentionedSearch }),
  );
  place(meetings.doneByWeek, (week, row) => (week.oneOnOnes = row.oneOnOnes));
  place(leads.byWeek, (week, row) => (week.leads = row.leads));
  return weeks;
}

/**
 * One owner's metrics. Built as one literal of plain properties: spreading the
 * period into it made V8 build each of these ~45-property objects the slow way
 * (measured: 0.3 ms an owner, most of a 500-client cohort's JavaScript).
 */
function assemble(period: Period, parts: Parts, lean: boolean): InsightMetrics {
  const { events, contacts, conversations, meetings, leads, owner } = parts;
  const byKind = kindTable(parts);
  const volunteering = events.byKind.find((row) => row.kind === "VOLUNTEERING");
  return {
    from: period.from,
    to: period.to,
    asOf: period.asOf,
    totalHours: byKind.reduce((sum, kind) => sum + kind.hours, 0),
    supportGroupHours: byKind.find((kind) => kind.kind === "JOBSEEKER_SUPPORT_GROUP")?.hours ?? 0,
    byKind,
    supportGroupEventIds: events.supportGroupEventIds,
    newVenueIds: events.newVenueIds,
    volunteeringHours: volunteering?.hours ?? 0,
    behindTheScenesHours: volunteering?.behindTheScenesHours ?? 0,
    frontFacingHours: volunteering?.frontFacingHours ?? 0,
    withLeadershipHours: volunteering?.withLeadershipHours ?? 0,
    insidersAndConnectorsMet: contacts.insidersAndConnectorsMet,
    targetCompanies: owner.targetCompanies,
    targetCompaniesWithInsider: owner.targetCompaniesWithInsider,
    conversations: conversations.conversations,
    distinctPeople: conversations.distinctPeople,
    mentionedSearch: conversations.mentionedSearch,
    namedTargetCompany: conversations.namedTargetCompany,
    smallTalkOnly: conversations.smallTalkOnly,
    contactsTalkedTo: conversations.distinctPeople,
    pitchStaleContacts: conversations.pitchStaleContacts,
    pitchStaleContactIds: conversations.pitchStaleContactIds,
    recentConversationIds: conversations.recentConversationIds,
    silentConversationIds: conversations.silentConversationIds,
    postsPublished: owner.postsPublished,
    totalContacts: owner.totalContacts,
    newContacts: contacts.newContacts,
    newContactsWithOneOnOne: contacts.newContactsWithOneOnOne,
    oneOnOnesDone: meetings.oneOnOnesDone,
    oneOnOnesScheduled: owner.oneOnOnesScheduled,
    overdueFollowUps: owner.overdueFollowUps,
    overdueFollowUpIds: owner.overdueFollowUpIds,
    oldestOverdueDays: owner.oldestOverdueOn
      ? Math.round((period.asOf.getTime() - owner.oldestOverdueOn.getTime()) / DAY_MS)
      : null,
    leads: leads.leads,
    interviews: owner.interviews,
    offers: owner.offers,
    // Lean statements have no by-week grouping (params.ts): no series to build, and the diagnosis reads none.
    weekly: lean ? [] : weeklySeries(period, parts),
    lastActivityOn: owner.lastActivityOn,
  };
}

/**
 * Metrics for every owner in `ownerIds`, in six statements whatever their
 * number. `lean` leaves out what only the dashboard shows — the record ids that
 * findings cite (the latest conversations, stale contacts, overdue tasks,
 * support-group events) and the weekly series — and every number the
 * diagnosis reads, so its score and flags, stays the same.
 */
export async function collectMetrics(
  db: DbClient,
  ownerIds: readonly string[],
  period: Period,
  thresholds: Thresholds,
  { lean = false }: { lean?: boolean } = {},
): Promise<Map<string, InsightMetrics>> {
  const p = periodParams(ownerIds, period.from, period.to, period.asOf, period.timeZone, lean);
  const [events, contacts, conversations, meetings, leads, owners] = await allQueries(db, [
    () => eventMetrics(db, p),
    () => contactMetrics(db, p),
    () => conversationMetrics(db, p, thresholds.pitchStale.days),
    () => meetingMetrics(db, p),
    () => leadMetrics(db, p),
    () => ownerMetrics(db, p),
  ] as const);
  const result = new Map<string, InsightMetrics>();
  for (const [ownerId, owner] of owners) {
    result.set(
      ownerId,
      assemble(
        period,
        {
          events: events.get(ownerId) ?? EMPTY_EVENT_METRICS,
          contacts: contacts.get(ownerId) ?? EMPTY_CONTACT_METRICS,
          conversations: conversations.get(ownerId) ?? EMPTY_CONVERSATION_METRICS,
          meetings: meetings.get(ownerId) ?? EMPTY_MEETING_METRICS,
          leads: leads.get(ownerId) ?? EMPTY_LEAD_METRICS,
          owner,
        },
        lean,
      ),
    );
  }
  return result;
}
