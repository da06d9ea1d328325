/**
 * What the SQL aggregation produces for one jobseeker and one period: numbers
 * and a few record ids for evidence. The rules read only this.
 */
import type { TVenueKind } from "@traction/schemas";

export interface KindMetrics {
  kind: TVenueKind;
  hours: number;
  events: number;
  newContacts: number;
  leads: number;
}

export interface WeekMetrics {
  weekStart: Date;
  events: number;
  hours: number;
  newContacts: number;
  conversations: number;
  conversationsMentioningSearch: number;
  oneOnOnes: number;
  leads: number;
}

export interface InsightMetrics {
  from: Date;
  to: Date;
  /** Today (UTC), or `to` when the period ended in the past: "now" for overdue and stalled. */
  asOf: Date;

  // WHERE
  totalHours: number;
  supportGroupHours: number;
  byKind: KindMetrics[];
  supportGroupEventIds: string[];

  // OPPORTUNITIES
  newVenueIds: string[];
  volunteeringHours: number;
  behindTheScenesHours: number;
  /** Volunteering hours seen by others: front-facing and with the leadership. */
  frontFacingHours: number;
  withLeadershipHours: number;
  insidersAndConnectorsMet: number;
  targetCompanies: number;
  targetCompaniesWithInsider: number;

  // CONVERSATIONS
  conversations: number;
  distinctPeople: number;
  mentionedSearch: number;
  namedTargetCompany: number;
  smallTalkOnly: number;
  contactsTalkedTo: number;
  pitchStaleContactIds: string[];
  pitchStaleContacts: number;
  /** The period's latest conversations, and the latest that did not mention the search (10 each). */
  recentConversationIds: string[];
  silentConversationIds: string[];
  postsPublished: number;

  // ONE_ON_ONES
  totalContacts: number;
  newContacts: number;
  newContactsWithOneOnOne: number;
  oneOnOnesDone: number;
  oneOnOnesScheduled: number;
  overdueFollowUps: number;
  overdueFollowUpIds: string[];
  oldestOverdueDays: number | null;

  // Outcomes
  leads: number;
  interviews: number;
  offers: number;
  weekly: WeekMetrics[];
  lastActivityOn: Date | null;
}
