/** Words for the API's enum values, as the dashboard shows them. */
import type {
  COMMENT_SUBJECT_TYPES,
  COMPANY_STATUSES,
  LEAD_STAGES,
  MEETING_STATUSES,
  TFlag,
  THealthStatus,
  TRelationship,
  TTip,
  TTipStatus,
  TVenueKind,
  VISIBILITIES,
  CHANNELS,
} from "@traction/schemas";

type Labels<T extends string> = Record<T, string>;

export const VENUE_KIND_LABELS: Labels<TVenueKind> = {
  JOBSEEKER_SUPPORT_GROUP: "Jobseeker support group",
  BUSINESS_NETWORKING_GROUP: "Business networking group",
  MEETUP: "Meetup",
  PROFESSIONAL_ASSOCIATION: "Professional association",
  INDUSTRY_EVENT: "Industry event",
  VOLUNTEERING: "Volunteering",
  ALUMNI: "Alumni",
  COMMUNITY: "Community",
  ONLINE: "Online",
  OTHER: "Other",
};

export const VISIBILITY_LABELS: Labels<(typeof VISIBILITIES)[number]> = {
  BEHIND_THE_SCENES: "Behind the scenes",
  FRONT_FACING: "Front facing",
  WITH_LEADERSHIP: "Alongside leadership",
};

export const RELATIONSHIP_LABELS: Labels<TRelationship> = {
  HIRING_MANAGER: "Hiring manager",
  INSIDER: "Insider",
  CONNECTOR: "Connector",
  RECRUITER: "Recruiter",
  PEER_JOBSEEKER: "Peer jobseeker",
  FRIEND_FAMILY: "Friend or family",
  OTHER: "Other",
};

export const CHANNEL_LABELS: Labels<(typeof CHANNELS)[number]> = {
  AT_EVENT: "At an event",
  ONE_ON_ONE: "One-on-one",
  PHONE: "Phone",
  EMAIL: "Email",
  ONLINE: "Online",
};

export const MEETING_STATUS_LABELS: Labels<(typeof MEETING_STATUSES)[number]> = {
  PROPOSED: "Proposed",
  SCHEDULED: "Scheduled",
  DONE: "Done",
  CANCELLED: "Cancelled",
  NO_SHOW: "No-show",
};

export const COMPANY_STATUS_LABELS: Labels<(typeof COMPANY_STATUSES)[number]> = {
  RESEARCHING: "Researching",
  CONNECTED: "Connected",
  APPLIED: "Applied",
  INTERVIEWING: "Interviewing",
  OFFER: "Offer",
  CLOSED: "Closed",
};

export const LEAD_STAGE_LABELS: Labels<(typeof LEAD_STAGES)[number]> = {
  IDEA: "Idea",
  REFERRAL: "Referral",
  APPLIED: "Applied",
  INTERVIEW: "Interview",
  OFFER: "Offer",
  HIRED: "Hired",
  LOST: "Lost",
};

export const TIP_LABELS: Labels<TTip> = {
  WHERE: "Where you network",
  OPPORTUNITIES: "Other opportunities",
  CONVERSATIONS: "Your conversations",
  ONE_ON_ONES: "One-on-ones and follow-up",
};

export const TIP_STATUS_LABELS: Labels<TTipStatus> = {
  OK: "On track",
  WARN: "Needs attention",
  ALERT: "Not working",
  NOT_ENOUGH_DATA: "Not enough data yet",
};

/** A health score's band (the roster's colours, a cohort's health history). */
export const HEALTH_STATUS_LABELS: Labels<THealthStatus> = {
  HEALTHY: "Healthy",
  NEEDS_NUDGE: "Needs a nudge",
  STUCK: "Stuck",
  NOT_ENOUGH_DATA: "Not enough data yet",
};

/** What a tip needs before it can be judged (the keys of a tip's `needs`), counted: "5 conversations". */
export const NEED_LABELS: Record<string, [one: string, many: string]> = {
  eventHours: ["hour at events", "hours at events"],
  events: ["event", "events"],
  conversations: ["conversation", "conversations"],
  newContacts: ["new contact", "new contacts"],
};

export const FLAG_LABELS: Labels<TFlag> = {
  SUPPORT_GROUP_HEAVY: "Support-group heavy",
  FEW_VENUE_KINDS: "Few kinds of venue",
  BACK_ROOM_VOLUNTEERING: "Back-room volunteering",
  RUT: "In a rut",
  NOT_MENTIONING_SEARCH: "Not mentioning the search",
  PITCH_STALE: "Pitch gone stale",
  NO_ONE_ON_ONES: "No one-on-ones",
  OVERDUE_FOLLOW_UPS: "Overdue follow-ups",
  STALLED: "Stalled",
};

export const SUBJECT_LABELS: Labels<(typeof COMMENT_SUBJECT_TYPES)[number]> = {
  WEEK: "Week",
  EVENT: "Event",
  CONVERSATION: "Conversation",
  MEETING: "One-on-one",
  LEAD: "Lead",
  PLAN: "Plan",
  REVIEW: "Weekly review",
};

export const TARGET_LABELS = {
  events: "Events",
  newContacts: "New contacts",
  oneOnOnes: "One-on-ones",
  conversationsMentioningSearchPct: "Conversations mentioning the search (%)",
} as const;

/** `[value, label]` pairs in the API's order, for selects and radio groups. */
export function optionsOf<T extends string>(labels: Labels<T>): Array<{ value: T; label: string }> {
  return (Object.entries(labels) as Array<[T, string]>).map(([value, label]) => ({ value, label }));
}
