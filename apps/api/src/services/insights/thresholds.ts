/**
 * Every threshold of the diagnosis, in one place. Change a number here and the
 * rules, the tests' fixtures and the OpenAPI description follow.
 */
import type { TTip } from "@traction/schemas";

export const THRESHOLDS = {
  supportGroupHeavy: { minHours: 3, warnShare: 0.5, alertShare: 0.8 },
  fewVenueKinds: { minKinds: 2 },
  backRoomVolunteering: { minHours: 2, warnShare: 0.5, alertShare: 0.9 },
  rut: { minConversations: 6, warnPeopleRatio: 0.5, alertPeopleRatio: 0.3, warnSmallTalkShare: 0.5, alertSmallTalkShare: 0.8 },
  notMentioningSearch: { minConversations: 5, warnShare: 0.5, alertShare: 0.2 },
  pitchStale: { minContacts: 3, days: 90, warnShare: 0.5, alertShare: 0.8 },
  noOneOnOnes: { minContacts: 3, alertContacts: 10 },
  overdueFollowUps: { alertCount: 3, alertDays: 14 },
  stalled: { warnDays: 14, alertDays: 21 },
  /** Health score: 100, less this much per finding. */
  penalty: { WARN: 16, ALERT: 25 },
} as const;

/** The same shape with plain numbers, so a caller (or a test) can pass stricter or looser values. */
export type Thresholds = {
  readonly [Rule in keyof typeof THRESHOLDS]: { readonly [Key in keyof (typeof THRESHOLDS)[Rule]]: number };
};

/**
 * The least evidence a period must hold before a tip is judged at all. Below
 * it the tip is NOT_ENOUGH_DATA: no findings, no flags, and `needs` repeats
 * this minimum. A rule with a share or rate of its own never fires on fewer
 * records than its tip's minimum (and some ask for more, above).
 */
export const MINIMUMS = {
  /** Hours at events in the period: where you network is judged on at least an afternoon's worth. */
  WHERE: { eventHours: 3 },
  /** Events in the period: the kinds of venue and how you volunteer need a few outings to compare. */
  OPPORTUNITIES: { events: 3 },
  /** Conversations in the period: shares of conversations need a handful. */
  CONVERSATIONS: { conversations: 5 },
  /** New contacts in the period: turning people into one-on-ones needs people to turn. */
  ONE_ON_ONES: { newContacts: 3 },
} as const satisfies Record<TTip, Record<string, number>>;

export type Minimums = { readonly [Tip in TTip]: Readonly<Record<string, number>> };

/** The health score is `null` until at least this many tips can be judged. */
export const MIN_JUDGED_TIPS = 2;
