/**
 * Runs the aggregation statements concurrently (each a single set-based query
 * in PostgreSQL) and assembles the metrics the rules read. Only aggregated
 * rows reach JavaScript — never a table.
 */
import type { VenueKind } from "@traction/db";
import type { DbClient } from "../records/db-client.ts";
import type { InsightMetrics, KindMetrics, WeekMetrics } from "./metrics.ts";
import { DAY_MS, type Period, weeksOf } from "./period.ts";
import { contactMetrics } from "./queries/contact-metrics.ts";
import { conversationMetrics } from "./queries/conversation-metrics.ts";
import { eventMetrics } from "./queries/event-metrics.ts";
import { followUpMetrics } from "./queries/follow-up-metrics.ts";
import { leadMetrics } from "./queries/lead-metrics.ts";
import { periodParams } from "./queries/params.ts";
import type { Thresholds } from "./thresholds.ts";

const weekKey = (date: Date) => date.toISOString().slice(0, 10);

function byWeek<T extends { week: Date }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [weekKey(row.week), row]));
}

export async function collectMetrics(
  db: DbClient,
  ownerId: string,
  period: Period,
  thresholds: Thresholds,
): Promise<InsightMetrics> {
  const p = periodParams(ownerId, period.from, period.to, period.asOf);
  const [events, contacts, conversations, followUps, leads] = await Promise.all([
    eventMetrics(db, p),
    contactMetrics(db, p),
    conversationMetrics(db, p, thresholds.pitchStale.days),
    followUpMetrics(db, p),
    leadMetrics(db, p),
  ]);

  const kinds = new Map<VenueKind, KindMetrics>();
  const kindOf = (kind: VenueKind) => {
    let entry = kinds.get(kind);
    if (!entry) kinds.set(kind, (entry = { kind, hours: 0, events: 0, newContacts: 0, leads: 0 }));
    return entry;
  };
  for (const row of events.byKind) Object.assign(kindOf(row.kind), { hours: row.hours, events: row.events });
  for (const row of contacts.byKind) kindOf(row.kind).newContacts = row.newContacts;
  for (const row of leads.byKind) kindOf(row.kind).leads = row.leads;

  const eventWeeks = byWeek(events.byWeek);
  const contactWeeks = byWeek(contacts.byWeek);
  const conversationWeeks = byWeek(conversations.byWeek);
  const meetingWeeks = byWeek(followUps.doneByWeek);
  const leadWeeks = byWeek(leads.byWeek);
  const weekly: WeekMetrics[] = weeksOf(period.from, period.to).map((weekStart) => {
    const key = weekKey(weekStart);
    return {
      weekStart,
      events: eventWeeks.get(key)?.events ?? 0,
      hours: eventWeeks.get(key)?.hours ?? 0,
      newContacts: contactWeeks.get(key)?.newContacts ?? 0,
      conversations: conversationWeeks.get(key)?.conversations ?? 0,
      conversationsMentioningSearch: conversationWeeks.get(key)?.mentionedSearch ?? 0,
      oneOnOnes: meetingWeeks.get(key)?.oneOnOnes ?? 0,
      leads: leadWeeks.get(key)?.leads ?? 0,
    };
  });

  const byKind = [...kinds.values()];
  const volunteering = events.byKind.find((row) => row.kind === "VOLUNTEERING");
  return {
    ...period,
    totalHours: byKind.reduce((sum, kind) => sum + kind.hours, 0),
    supportGroupHours: kinds.get("JOBSEEKER_SUPPORT_GROUP")?.hours ?? 0,
    byKind,
    supportGroupEventIds: events.supportGroupEventIds,
    newVenueIds: events.newVenueIds,
    volunteeringHours: volunteering?.hours ?? 0,
    behindTheScenesHours: volunteering?.behindTheScenesHours ?? 0,
    insidersAndConnectorsMet: contacts.insidersAndConnectorsMet,
    targetCompanies: contacts.targetCompanies,
    targetCompaniesWithInsider: contacts.targetCompaniesWithInsider,
    conversations: conversations.conversations,
    distinctPeople: conversations.distinctPeople,
    mentionedSearch: conversations.mentionedSearch,
    namedTargetCompany: conversations.namedTargetCompany,
    smallTalkOnly: conversations.smallTalkOnly,
    contactsTalkedTo: conversations.distinctPeople,
    pitchStaleContacts: conversations.pitchStaleContacts,
    pitchStaleContactIds: conversations.pitchStaleContactIds,
    postsPublished: conversations.postsPublished,
    totalContacts: contacts.totalContacts,
    newContacts: contacts.newContacts,
    newContactsWithOneOnOne: contacts.newContactsWithOneOnOne,
    oneOnOnesDone: followUps.oneOnOnesDone,
    oneOnOnesScheduled: followUps.oneOnOnesScheduled,
    overdueFollowUps: followUps.overdueFollowUps,
    overdueFollowUpIds: followUps.overdueFollowUpIds,
    oldestOverdueDays: followUps.oldestOverdueOn
      ? Math.round((period.asOf.getTime() - followUps.oldestOverdueOn.getTime()) / DAY_MS)
      : null,
    leads: leads.leads,
    interviews: leads.interviews,
    offers: leads.offers,
    weekly,
    lastActivityOn: leads.lastActivityOn,
  };
}
