/**
 * The diagnosis rules: one per flag, each tied to a tip of the article. A rule
 * reads the aggregated metrics and returns a finding (with its evidence and a
 * concrete recommendation) or nothing. Thresholds live in thresholds.ts.
 */
import type { TFinding, TFlag, TTip, TVenueKind } from "@traction/schemas";
import type { InsightMetrics } from "./metrics.ts";
import type { Thresholds } from "./thresholds.ts";

export interface Rule {
  flag: TFlag;
  tip: TTip;
  /** Shown in the OpenAPI description. */
  describe: (t: Thresholds) => string;
  evaluate: (m: InsightMetrics, t: Thresholds) => Omit<TFinding, "code"> | null;
}

const pct = (share: number) => `${Math.round(share * 100)} %`;
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const round2 = (value: number) => Math.round(value * 100) / 100;
const SUPPORT = "JOBSEEKER_SUPPORT_GROUP";
const DAY_MS = 86_400_000;

/**
 * Kinds of venue worth suggesting, best first, as a recommendation names them.
 * A recommendation only ever names kinds the period shows no event at.
 */
export const SUGGESTED_KINDS: ReadonlyArray<readonly [TVenueKind, string]> = [
  ["BUSINESS_NETWORKING_GROUP", "a business networking group"],
  ["PROFESSIONAL_ASSOCIATION", "a professional association"],
  ["MEETUP", "an industry Meetup"],
  ["INDUSTRY_EVENT", "a conference or trade show in your field"],
  ["VOLUNTEERING", "volunteering alongside the organisers of an event"],
  ["ALUMNI", "an alumni gathering"],
];

const kindsInPlay = (m: InsightMetrics) => new Set(m.byKind.filter((k) => k.events > 0).map((k) => k.kind));

/** Up to `count` kinds of venue the period shows no event at, joined for a sentence ("a, b or c"). */
function untriedKinds(m: InsightMetrics, count: number): string | null {
  const used = kindsInPlay(m);
  const names = SUGGESTED_KINDS.filter(([kind]) => !used.has(kind))
    .slice(0, count)
    .map(([, name]) => name);
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

export const RULES: Rule[] = [
  {
    flag: "SUPPORT_GROUP_HEAVY",
    tip: "WHERE",
    describe: (t) =>
      `≥ ${t.supportGroupHeavy.minHours} event hours and more than ${pct(t.supportGroupHeavy.warnShare)} of them at jobseeker support groups (ALERT from ${pct(t.supportGroupHeavy.alertShare)})`,
    evaluate: (m, t) => {
      const share = ratio(m.supportGroupHours, m.totalHours);
      if (m.totalHours < t.supportGroupHeavy.minHours || share <= t.supportGroupHeavy.warnShare) return null;
      return {
        severity: share >= t.supportGroupHeavy.alertShare ? "ALERT" : "WARN",
        message: `${pct(share)} of your networking hours (${round2(m.supportGroupHours)} of ${round2(m.totalHours)}) were at jobseeker support groups. The people there are in the same spot as you and rarely have the head space to help.`,
        evidence: {
          supportGroupHours: round2(m.supportGroupHours),
          totalHours: round2(m.totalHours),
          supportGroupShare: round2(share),
          eventIds: m.supportGroupEventIds,
        },
        recommendation: (() => {
          const untried = untriedKinds(m, 3);
          if (untried) return `Branch out: make two of your next three events something new to you — ${untried}.`;
          return "Branch out: move two of your next three events from support groups to the other venues you already go to.";
        })(),
      };
    },
  },
  {
    flag: "FEW_VENUE_KINDS",
    tip: "OPPORTUNITIES",
    describe: (t) =>
      `fewer than ${t.fewVenueKinds.minKinds} kinds of venue other than support groups (ALERT with none); the advice names only kinds the period shows no event at`,
    evaluate: (m, t) => {
      const kinds = m.byKind
        .filter((kind) => kind.kind !== SUPPORT && (kind.events > 0 || kind.hours > 0))
        .map((kind) => kind.kind);
      if (kinds.length >= t.fewVenueKinds.minKinds) return null;
      return {
        severity: kinds.length === 0 ? "ALERT" : "WARN",
        message:
          kinds.length === 0
            ? "You have not networked anywhere but jobseeker support groups in this period."
            : `Outside support groups you only went to one kind of venue (${kinds[0]!.toLowerCase().replaceAll("_", " ")}).`,
        evidence: { otherVenueKinds: kinds.length, kinds },
        recommendation: `Look for other ways to get out and meet people: try ${untriedKinds(m, 3) ?? "a kind of venue you have not been to"} in the next two weeks.`,
      };
    },
  },
  {
    flag: "BACK_ROOM_VOLUNTEERING",
    tip: "OPPORTUNITIES",
    describe: (t) =>
      `≥ ${t.backRoomVolunteering.minHours} volunteering hours and at least ${pct(t.backRoomVolunteering.warnShare)} behind the scenes (ALERT from ${pct(t.backRoomVolunteering.alertShare)})`,
    evaluate: (m, t) => {
      const share = ratio(m.behindTheScenesHours, m.volunteeringHours);
      if (m.volunteeringHours < t.backRoomVolunteering.minHours || share < t.backRoomVolunteering.warnShare) return null;
      return {
        severity: share >= t.backRoomVolunteering.alertShare ? "ALERT" : "WARN",
        message: `${pct(share)} of your volunteering time (${round2(m.behindTheScenesHours)} of ${round2(m.volunteeringHours)} hours) was behind the scenes, where nobody who could hire you sees you.`,
        evidence: {
          behindTheScenesHours: round2(m.behindTheScenesHours),
          volunteeringHours: round2(m.volunteeringHours),
          behindTheScenesShare: round2(share),
          frontFacingHours: round2(m.frontFacingHours),
          withLeadershipHours: round2(m.withLeadershipHours),
        },
        recommendation: (() => {
          const asks = [
            m.frontFacingHours > 0 ? null : "a front-facing role (greeting, hosting, speaking)",
            m.withLeadershipHours > 0 ? null : "a seat on the event committee with the board",
          ].filter(Boolean);
          if (asks.length === 0)
            return "Be strategic with volunteering: give more of your hours to the front-facing and committee work you already do, and fewer to the back room.";
          return `Be strategic with volunteering: ask for ${asks.join(" or ")}, instead of sorting in the back room.`;
        })(),
      };
    },
  },
  {
    flag: "RUT",
    tip: "CONVERSATIONS",
    describe: (t) =>
      `≥ ${t.rut.minConversations} conversations and (distinct people ÷ conversations < ${t.rut.warnPeopleRatio}, or more than ${pct(t.rut.warnSmallTalkShare)} small talk only); ALERT below ${t.rut.alertPeopleRatio} or from ${pct(t.rut.alertSmallTalkShare)} small talk`,
    evaluate: (m, t) => {
      if (m.conversations < t.rut.minConversations) return null;
      const people = ratio(m.distinctPeople, m.conversations);
      const smallTalk = ratio(m.smallTalkOnly, m.conversations);
      const samePeople = people < t.rut.warnPeopleRatio;
      const chitChat = smallTalk > t.rut.warnSmallTalkShare;
      if (!samePeople && !chitChat) return null;
      const reasons = [
        samePeople ? `${m.conversations} conversations were with only ${m.distinctPeople} different people` : null,
        chitChat ? `${pct(smallTalk)} of them were small talk only` : null,
      ].filter(Boolean);
      return {
        severity: people < t.rut.alertPeopleRatio || smallTalk >= t.rut.alertSmallTalkShare ? "ALERT" : "WARN",
        message: `You are in a rut: ${reasons.join(", and ")}.`,
        evidence: {
          conversations: m.conversations,
          distinctPeople: m.distinctPeople,
          distinctPeoplePerConversation: round2(people),
          smallTalkOnly: m.smallTalkOnly,
          smallTalkOnlyShare: round2(smallTalk),
          conversationIds: m.recentConversationIds,
        },
        recommendation: `At your next event, ${[
          samePeople ? "talk to three people you have never met" : null,
          chitChat
            ? "turn at least one chat about the weather or movies toward what you do and the companies you are targeting"
            : null,
        ]
          .filter(Boolean)
          .join(", and ")}.`,
      };
    },
  },
  {
    flag: "NOT_MENTIONING_SEARCH",
    tip: "CONVERSATIONS",
    describe: (t) =>
      `≥ ${t.notMentioningSearch.minConversations} conversations and fewer than ${pct(t.notMentioningSearch.warnShare)} mention the job search (ALERT below ${pct(t.notMentioningSearch.alertShare)})`,
    evaluate: (m, t) => {
      const share = ratio(m.mentionedSearch, m.conversations);
      if (m.conversations < t.notMentioningSearch.minConversations || share >= t.notMentioningSearch.warnShare) return null;
      return {
        severity: share < t.notMentioningSearch.alertShare ? "ALERT" : "WARN",
        message: `Only ${m.mentionedSearch} of your ${m.conversations} conversations (${pct(share)}) mentioned that you are looking for a job. People cannot help with a search they do not know about.`,
        evidence: {
          conversations: m.conversations,
          mentionedJobSearch: m.mentionedSearch,
          mentionedJobSearchShare: round2(share),
          namedTargetCompany: m.namedTargetCompany,
          conversationIds: m.silentConversationIds,
        },
        recommendation:
          ratio(m.namedTargetCompany, m.conversations) >= t.notMentioningSearch.warnShare
            ? "You already name your target companies; in every conversation this week, also say in one sentence what role you are looking for."
            : "In every conversation this week, say in one sentence what role you are looking for and name one or two of your target companies.",
      };
    },
  },
  {
    flag: "PITCH_STALE",
    tip: "CONVERSATIONS",
    describe: (t) =>
      `≥ ${t.pitchStale.minContacts} contacts talked to and more than ${pct(t.pitchStale.warnShare)} of them have not heard what you do in ${t.pitchStale.days} days (ALERT from ${pct(t.pitchStale.alertShare)})`,
    evaluate: (m, t) => {
      const share = ratio(m.pitchStaleContacts, m.contactsTalkedTo);
      if (m.contactsTalkedTo < t.pitchStale.minContacts || share <= t.pitchStale.warnShare) return null;
      return {
        severity: share >= t.pitchStale.alertShare ? "ALERT" : "WARN",
        message: `${m.pitchStaleContacts} of the ${m.contactsTalkedTo} people you talked to have not heard what you do in the last ${t.pitchStale.days} days.`,
        evidence: {
          contactsTalkedTo: m.contactsTalkedTo,
          pitchStaleContacts: m.pitchStaleContacts,
          pitchStaleShare: round2(share),
          contactIds: m.pitchStaleContactIds,
        },
        recommendation:
          m.postsPublished > 0
            ? "Refresh people's minds about what you actually do: use your pitch with these contacts, and send them the post you published."
            : "Refresh people's minds about what you actually do: use your pitch with these contacts, and consider a short blog post that shows your experience.",
      };
    },
  },
  {
    flag: "NO_ONE_ON_ONES",
    tip: "ONE_ON_ONES",
    describe: (t) =>
      `≥ ${t.noOneOnOnes.minContacts} contacts and no one-on-one done or scheduled (ALERT from ${t.noOneOnOnes.alertContacts} contacts)`,
    evaluate: (m, t) => {
      if (m.totalContacts < t.noOneOnOnes.minContacts || m.oneOnOnesDone + m.oneOnOnesScheduled > 0) return null;
      return {
        severity: m.totalContacts >= t.noOneOnOnes.alertContacts ? "ALERT" : "WARN",
        message: `You know ${m.totalContacts} people but have no one-on-one done or scheduled. You cannot really get to know someone while juggling a plate of cookies and a cup of coffee.`,
        evidence: { contacts: m.totalContacts, newContacts: m.newContacts, oneOnOnesDone: 0, oneOnOnesScheduled: 0 },
        recommendation:
          "Pick the two most promising people you met recently — an insider or a connector if you have one — and ask each for a 30-minute coffee this week.",
      };
    },
  },
  {
    flag: "OVERDUE_FOLLOW_UPS",
    tip: "ONE_ON_ONES",
    describe: (t) =>
      `any follow-up past due and not done (ALERT from ${t.overdueFollowUps.alertCount}, or one more than ${t.overdueFollowUps.alertDays} days late)`,
    evaluate: (m, t) => {
      if (m.overdueFollowUps === 0) return null;
      const late = m.oldestOverdueDays ?? 0;
      return {
        severity: m.overdueFollowUps >= t.overdueFollowUps.alertCount || late > t.overdueFollowUps.alertDays ? "ALERT" : "WARN",
        message: `${m.overdueFollowUps} follow-up${m.overdueFollowUps === 1 ? " is" : "s are"} past due; the oldest by ${late} day${late === 1 ? "" : "s"}.`,
        evidence: { overdueFollowUps: m.overdueFollowUps, oldestOverdueDays: late, taskIds: m.overdueFollowUpIds },
        recommendation:
          "Send those follow-ups today — a short note that references your conversation is enough — or reschedule them honestly.",
      };
    },
  },
  {
    flag: "STALLED",
    tip: "WHERE",
    describe: (t) => `nothing recorded in the last ${t.stalled.warnDays} days (ALERT after ${t.stalled.alertDays})`,
    evaluate: (m, t) => {
      const idle = m.lastActivityOn ? Math.round((m.asOf.getTime() - m.lastActivityOn.getTime()) / DAY_MS) : null;
      if (idle !== null && idle < t.stalled.warnDays) return null;
      return {
        severity: idle === null || idle >= t.stalled.alertDays ? "ALERT" : "WARN",
        message:
          idle === null
            ? "Nothing is recorded yet, so there is nothing to analyse."
            : `Nothing has been recorded for ${idle} days.`,
        evidence: { daysSinceLastActivity: idle, lastActivityOn: m.lastActivityOn?.toISOString().slice(0, 10) ?? null },
        recommendation: "Put one networking event in your calendar for this week and log it here the same day.",
      };
    },
  },
];
