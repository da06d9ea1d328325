/** Payloads as the API sends them (JSON on the wire), for component tests. */
export const IDS = {
  venue: "11111111-1111-4111-8111-111111111111",
  event: "22222222-2222-4222-8222-222222222222",
  grace: "33333333-3333-4333-8333-333333333333",
  alan: "44444444-4444-4444-8444-444444444444",
  company: "55555555-5555-4555-8555-555555555555",
  conversation: "66666666-6666-4666-8666-666666666666",
  plan: "77777777-7777-4777-8777-777777777777",
};

const stamps = { createdAt: "2026-11-20T10:00:00.000Z", updatedAt: "2026-11-20T10:00:00.000Z" };

export const list = (data: unknown[]) => ({ data, nextCursor: null });

export const venueJson = (name: string, kind = "BUSINESS_NETWORKING_GROUP", id = IDS.venue) => ({
  id,
  name,
  kind,
  url: null,
  notes: null,
  ...stamps,
});

export const eventJson = (body: { venueId: string; date: string; hours: number }) => ({
  id: IDS.event,
  visibility: null,
  notes: null,
  ...body,
  ...stamps,
});

export const contactJson = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  company: null,
  title: null,
  email: null,
  phone: null,
  linkedinUrl: null,
  relationship: null,
  metAtEventId: null,
  companyId: null,
  tags: [],
  notes: null,
  firstMetOn: null,
  lastContactedOn: null,
  lastHeardPitchOn: null,
  suggestedCompanyId: null,
  ...extra,
  ...stamps,
});

export const companyJson = (name: string, id = IDS.company) => ({
  id,
  name,
  priority: 1,
  status: "RESEARCHING",
  notes: null,
  insiderCount: 0,
  ...stamps,
});

/** A created conversation as the API answers it: a follow-up comes back as its task. */
export const conversationJson = ({ followUp, ...body }: Record<string, unknown>) => ({
  id: IDS.conversation,
  eventId: null,
  meetingId: null,
  channel: null,
  mentionedJobSearch: false,
  mentionedCompanyIds: [],
  explainedWhatIDo: false,
  smallTalkOnly: false,
  notes: null,
  ...body,
  followUp: followUp ? { ...followUp, done: false, taskId: IDS.plan } : null,
  ...stamps,
});

export const planJson = {
  id: IDS.plan,
  pitch: "I plan supply chains that do not break.",
  targetRoles: ["Operations analyst"],
  weeklyTargets: { events: 2, newContacts: 5, oneOnOnes: 1, conversationsMentioningSearchPct: 50 },
  startsOn: null,
  ...stamps,
};

export const insightsJson = {
  period: { from: "2026-10-29", to: "2026-11-25" },
  healthScore: 59,
  healthBreakdown: [
    { code: "BASE", points: 100 },
    { code: "SUPPORT_GROUP_HEAVY", points: -25 },
    { code: "RUT", points: -16 },
  ],
  flags: ["SUPPORT_GROUP_HEAVY", "RUT"],
  tips: [
    {
      tip: "WHERE",
      status: "ALERT",
      metrics: { totalHours: 8, supportGroupHours: 6.5, supportGroupShare: 0.81, venueKindsInPlay: 2 },
      findings: [
        {
          code: "SUPPORT_GROUP_HEAVY",
          severity: "ALERT",
          message: "81 % of your networking hours (6.5 of 8) were at jobseeker support groups.",
          evidence: { supportGroupHours: 6.5, totalHours: 8, supportGroupShare: 0.81, eventIds: [IDS.event, IDS.venue] },
          recommendation: "Branch out: make two of your next three events something other than a jobseeker group.",
        },
      ],
    },
    {
      tip: "OPPORTUNITIES",
      status: "OK",
      metrics: { otherVenueKinds: 2, newVenuesTried: 1, volunteeringHours: 0, behindTheScenesShare: null },
      findings: [],
    },
    {
      tip: "CONVERSATIONS",
      status: "WARN",
      metrics: { conversations: 7, distinctPeople: 3, mentionedJobSearchShare: 0.57 },
      findings: [
        {
          code: "RUT",
          severity: "WARN",
          message: "You are in a rut: 7 conversations were with only 3 different people.",
          evidence: { conversations: 7, distinctPeople: 3, distinctPeoplePerConversation: 0.43 },
          recommendation: "At your next event, talk to three people you have never met.",
        },
      ],
    },
    {
      tip: "ONE_ON_ONES",
      status: "NOT_ENOUGH_DATA",
      metrics: { oneOnOnesDone: 1, newContacts: 2, newContactToOneOnOneRate: 0.5 },
      findings: [],
      needs: { newContacts: 3 },
    },
  ],
  funnel: { hours: 8, newContacts: 4, conversations: 7, oneOnOnes: 1, leads: 1, interviews: 0, offers: 0 },
  byVenueKind: [
    { kind: "JOBSEEKER_SUPPORT_GROUP", hours: 6.5, events: 3, newContacts: 1, leads: 0, leadsPerHour: 0 },
    { kind: "BUSINESS_NETWORKING_GROUP", hours: 1.5, events: 1, newContacts: 3, leads: 1, leadsPerHour: 0.67 },
  ],
  weekly: [{ weekStart: "2026-11-23", events: 1, hours: 1.5, newContacts: 3, conversations: 3, oneOnOnes: 0, leads: 1 }],
  targets: {
    weekStart: "2026-11-23",
    events: { target: 2, actual: 1 },
    newContacts: { target: 5, actual: 3 },
    oneOnOnes: { target: 1, actual: 0 },
    conversationsMentioningSearchPct: { target: 50, actual: 67 },
  },
  lastActivityOn: "2026-11-24",
};
