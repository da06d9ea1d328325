/**
 * Every threshold of the diagnosis, in one place. Change a number here and the
 * rules, the tests' fixtures and the OpenAPI description follow.
 */
export const THRESHOLDS = {
  supportGroupHeavy: { minHours: 3, warnShare: 0.5, alertShare: 0.8 },
  fewVenueKinds: { minKinds: 2 },
  backRoomVolunteering: { warnShare: 0.5, alertShare: 0.9 },
  rut: { minConversations: 6, warnPeopleRatio: 0.5, alertPeopleRatio: 0.3, warnSmallTalkShare: 0.5, alertSmallTalkShare: 0.8 },
  notMentioningSearch: { minConversations: 3, warnShare: 0.5, alertShare: 0.2 },
  pitchStale: { days: 90, warnShare: 0.5, alertShare: 0.8 },
  noOneOnOnes: { minContacts: 3, alertContacts: 10 },
  overdueFollowUps: { alertCount: 3, alertDays: 14 },
  stalled: { warnDays: 14, alertDays: 28 },
  /** Health score: 100, less this much per finding. */
  penalty: { WARN: 16, ALERT: 25 },
} as const;

/** The same shape with plain numbers, so a caller (or a test) can pass stricter or looser values. */
export type Thresholds = {
  readonly [Rule in keyof typeof THRESHOLDS]: { readonly [Key in keyof (typeof THRESHOLDS)[Rule]]: number };
};
