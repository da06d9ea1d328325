/**
 * The diagnosis, judged on named histories. Each history is logged through the
 * API on the real database, as a jobseeker would log it, and its insights for
 * the default period are compared exactly: every tip's status, findings and
 * `needs`, the flags, the health score and its breakdown. Every history's
 * advice is also checked against what the history shows the user already does.
 */
import type { TInsights, TVenueKind } from "@traction/schemas";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import {
  daysAgo,
  makeCompany,
  makeContact,
  makeMeeting,
  makePost,
  makeTask,
  makeVenue,
  post,
} from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();

/** A history's author: small verbs over the API. */
class Log {
  private readonly venues = new Map<string, string>();
  constructor(readonly user: TestUser) {}

  async venue(kind: TVenueKind): Promise<string> {
    let id = this.venues.get(kind);
    if (!id) this.venues.set(kind, (id = (await makeVenue(ctx.app, this.user, { name: `A ${kind}`, kind })).id));
    return id;
  }
  /** Events at a kind of venue, one per entry of `days` (days ago). */
  async events(kind: TVenueKind, days: number[], hours: number, visibility?: string): Promise<string[]> {
    const venueId = await this.venue(kind);
    const ids: string[] = [];
    for (const ago of days) {
      const body = { venueId, date: daysAgo(ago), hours, ...(visibility ? { visibility } : {}) };
      ids.push((await post(ctx.app, this.user, "/api/v1/events", body)).id);
    }
    return ids;
  }
  /** `count` contacts added through the contacts form. */
  async contacts(count: number, body: object = {}): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) ids.push((await makeContact(ctx.app, this.user, { name: `Person ${i + 1}`, ...body })).id);
    return ids;
  }
  /** One conversation per entry of `days`, with the contacts in turn. */
  async talk(contactIds: string[], days: number[], body: object = {}): Promise<void> {
    for (const [i, ago] of days.entries()) {
      await post(ctx.app, this.user, "/api/v1/conversations", {
        date: daysAgo(ago),
        contactIds: [contactIds[i % contactIds.length]],
        ...body,
      });
    }
  }
  async meeting(contactId: string, status: string, ago: number): Promise<void> {
    const scheduledAt = new Date(Date.now() - ago * 86_400_000).toISOString();
    await makeMeeting(ctx.app, this.user, { contactId, status, scheduledAt });
  }
}

/** Conversations that tell the whole story: the search mentioned, the pitch heard. */
const GOOD_TALK = { mentionedJobSearch: true, explainedWhatIDo: true };
const THREE_KINDS = async (log: Log) => {
  await log.events("BUSINESS_NETWORKING_GROUP", [2], 2);
  await log.events("PROFESSIONAL_ASSOCIATION", [6], 2);
  await log.events("MEETUP", [9], 2);
};

type Status = "OK" | "WARN" | "ALERT" | "NOT_ENOUGH_DATA";
/** A tip as expected: its status, then either what it needs or its findings as `CODE:SEVERITY`. */
type TipExpectation = [Status, ...string[]] | ["NOT_ENOUGH_DATA", Record<string, number>];

interface History {
  name: string;
  build: (log: Log) => Promise<void>;
  WHERE: TipExpectation;
  OPPORTUNITIES: TipExpectation;
  CONVERSATIONS: TipExpectation;
  ONE_ON_ONES: TipExpectation;
  flags: string[];
  healthScore: number | null;
  /** The costs after BASE (and FLOOR if any): `[code, points]`. */
  costs?: Array<[string, number]>;
}

const NED = {
  WHERE: ["NOT_ENOUGH_DATA", { eventHours: 3 }],
  OPPORTUNITIES: ["NOT_ENOUGH_DATA", { events: 3 }],
  CONVERSATIONS: ["NOT_ENOUGH_DATA", { conversations: 5 }],
  ONE_ON_ONES: ["NOT_ENOUGH_DATA", { newContacts: 3 }],
} satisfies Record<string, TipExpectation>;

const HISTORIES: History[] = [
  {
    name: "empty",
    build: async () => {},
    ...NED,
    flags: [],
    healthScore: null,
  },
  {
    name: "one two-hour meetup",
    build: async (log) => void (await log.events("MEETUP", [3], 2)),
    ...NED,
    flags: [],
    healthScore: null,
  },
  {
    name: "one long day at a conference: one tip judged, still no score",
    build: async (log) => void (await log.events("INDUSTRY_EVENT", [3], 8)),
    ...NED,
    WHERE: ["OK"],
    flags: [],
    healthScore: null,
  },
  {
    name: "two short events: just below both minimums",
    build: async (log) => void (await log.events("MEETUP", [3, 5], 1)),
    ...NED,
    flags: [],
    healthScore: null,
  },
  {
    name: "only business groups",
    build: async (log) => void (await log.events("BUSINESS_NETWORKING_GROUP", [2, 9, 16], 2)),
    ...NED,
    WHERE: ["OK"],
    OPPORTUNITIES: ["WARN", "FEW_VENUE_KINDS:WARN"],
    flags: ["FEW_VENUE_KINDS"],
    healthScore: 84,
    costs: [["FEW_VENUE_KINDS", -16]],
  },
  {
    name: "only support groups",
    build: async (log) => void (await log.events("JOBSEEKER_SUPPORT_GROUP", [2, 9, 16], 2)),
    ...NED,
    WHERE: ["ALERT", "SUPPORT_GROUP_HEAVY:ALERT"],
    OPPORTUNITIES: ["ALERT", "FEW_VENUE_KINDS:ALERT"],
    flags: ["SUPPORT_GROUP_HEAVY", "FEW_VENUE_KINDS"],
    healthScore: 50,
    costs: [
      ["SUPPORT_GROUP_HEAVY", -25],
      ["FEW_VENUE_KINDS", -25],
    ],
  },
  {
    name: "mostly support groups, once a business group",
    build: async (log) => {
      await log.events("JOBSEEKER_SUPPORT_GROUP", [2, 9, 16], 2);
      await log.events("BUSINESS_NETWORKING_GROUP", [5], 1);
    },
    ...NED,
    WHERE: ["ALERT", "SUPPORT_GROUP_HEAVY:ALERT"],
    OPPORTUNITIES: ["WARN", "FEW_VENUE_KINDS:WARN"],
    flags: ["SUPPORT_GROUP_HEAVY", "FEW_VENUE_KINDS"],
    healthScore: 59,
    costs: [
      ["SUPPORT_GROUP_HEAVY", -25],
      ["FEW_VENUE_KINDS", -16],
    ],
  },
  {
    name: "a little over half at support groups, two other kinds",
    build: async (log) => {
      await log.events("JOBSEEKER_SUPPORT_GROUP", [2, 9], 2);
      await log.events("BUSINESS_NETWORKING_GROUP", [5], 1.5);
      await log.events("PROFESSIONAL_ASSOCIATION", [12], 1.5);
    },
    ...NED,
    WHERE: ["WARN", "SUPPORT_GROUP_HEAVY:WARN"],
    OPPORTUNITIES: ["OK"],
    flags: ["SUPPORT_GROUP_HEAVY"],
    healthScore: 84,
    costs: [["SUPPORT_GROUP_HEAVY", -16]],
  },
  {
    name: "three kinds of venue",
    build: THREE_KINDS,
    ...NED,
    WHERE: ["OK"],
    OPPORTUNITIES: ["OK"],
    flags: [],
    healthScore: 100,
  },
  {
    name: "volunteering in the back room only",
    build: async (log) => void (await log.events("VOLUNTEERING", [2, 9, 16], 2, "BEHIND_THE_SCENES")),
    ...NED,
    WHERE: ["OK"],
    OPPORTUNITIES: ["ALERT", "FEW_VENUE_KINDS:WARN", "BACK_ROOM_VOLUNTEERING:ALERT"],
    flags: ["FEW_VENUE_KINDS", "BACK_ROOM_VOLUNTEERING"],
    healthScore: 59,
    costs: [
      ["FEW_VENUE_KINDS", -16],
      ["BACK_ROOM_VOLUNTEERING", -25],
    ],
  },
  {
    name: "volunteering mostly in the back room, some of it front-facing",
    build: async (log) => {
      await log.events("VOLUNTEERING", [2, 9], 2, "BEHIND_THE_SCENES");
      await log.events("VOLUNTEERING", [16], 2, "FRONT_FACING");
      await log.events("BUSINESS_NETWORKING_GROUP", [5], 1);
    },
    ...NED,
    WHERE: ["OK"],
    OPPORTUNITIES: ["WARN", "BACK_ROOM_VOLUNTEERING:WARN"],
    flags: ["BACK_ROOM_VOLUNTEERING"],
    healthScore: 84,
    costs: [["BACK_ROOM_VOLUNTEERING", -16]],
  },
  {
    name: "volunteering mostly in the back room, already on the committee",
    build: async (log) => {
      await log.events("VOLUNTEERING", [2, 9], 2, "BEHIND_THE_SCENES");
      await log.events("VOLUNTEERING", [16], 2, "WITH_LEADERSHIP");
      await log.events("MEETUP", [5], 1);
    },
    ...NED,
    WHERE: ["OK"],
    OPPORTUNITIES: ["WARN", "BACK_ROOM_VOLUNTEERING:WARN"],
    flags: ["BACK_ROOM_VOLUNTEERING"],
    healthScore: 84,
    costs: [["BACK_ROOM_VOLUNTEERING", -16]],
  },
  {
    name: "many conversations with the same three people",
    build: async (log) => log.talk(await log.contacts(3), [1, 3, 5, 7, 9, 11, 13, 15], GOOD_TALK),
    ...NED,
    CONVERSATIONS: ["WARN", "RUT:WARN"],
    ONE_ON_ONES: ["WARN", "NO_ONE_ON_ONES:WARN"],
    flags: ["RUT", "NO_ONE_ON_ONES"],
    healthScore: 68,
    costs: [
      ["RUT", -16],
      ["NO_ONE_ON_ONES", -16],
    ],
  },
  {
    name: "many conversations with the same two people: a flag but no score",
    build: async (log) => log.talk(await log.contacts(2), [1, 3, 5, 7, 9, 11, 13, 15], GOOD_TALK),
    ...NED,
    CONVERSATIONS: ["ALERT", "RUT:ALERT"],
    flags: ["RUT"],
    healthScore: null,
  },
  {
    name: "many people never told about the search",
    build: async (log) => log.talk(await log.contacts(6), [1, 3, 5, 7, 9, 11], { explainedWhatIDo: true }),
    ...NED,
    CONVERSATIONS: ["ALERT", "NOT_MENTIONING_SEARCH:ALERT"],
    ONE_ON_ONES: ["WARN", "NO_ONE_ON_ONES:WARN"],
    flags: ["NOT_MENTIONING_SEARCH", "NO_ONE_ON_ONES"],
    healthScore: 59,
    costs: [
      ["NOT_MENTIONING_SEARCH", -25],
      ["NO_ONE_ON_ONES", -16],
    ],
  },
  {
    name: "names target companies but never says they are looking",
    build: async (log) => {
      const company = (await makeCompany(ctx.app, log.user)).id;
      const people = await log.contacts(6);
      await log.talk(people, [1, 3, 5, 7], { explainedWhatIDo: true, mentionedCompanyIds: [company] });
      await log.talk(people.slice(4), [9, 11], { explainedWhatIDo: true });
      await log.meeting(people[0]!, "SCHEDULED", -3);
    },
    ...NED,
    CONVERSATIONS: ["ALERT", "NOT_MENTIONING_SEARCH:ALERT"],
    ONE_ON_ONES: ["OK"],
    flags: ["NOT_MENTIONING_SEARCH"],
    healthScore: 75,
    costs: [["NOT_MENTIONING_SEARCH", -25]],
  },
  {
    name: "four conversations never mentioning the search: one short of judging",
    build: async (log) => log.talk(await log.contacts(4), [1, 3, 5, 7]),
    ...NED,
    ONE_ON_ONES: ["WARN", "NO_ONE_ON_ONES:WARN"],
    flags: ["NO_ONE_ON_ONES"],
    healthScore: null,
  },
  {
    name: "small talk with new people",
    build: async (log) => log.talk(await log.contacts(6), [1, 3, 5, 7, 9, 11], { smallTalkOnly: true }),
    ...NED,
    CONVERSATIONS: ["ALERT", "RUT:ALERT", "NOT_MENTIONING_SEARCH:ALERT", "PITCH_STALE:ALERT"],
    ONE_ON_ONES: ["WARN", "NO_ONE_ON_ONES:WARN"],
    flags: ["RUT", "NOT_MENTIONING_SEARCH", "PITCH_STALE", "NO_ONE_ON_ONES"],
    healthScore: 9,
    costs: [
      ["RUT", -25],
      ["NOT_MENTIONING_SEARCH", -25],
      ["PITCH_STALE", -25],
      ["NO_ONE_ON_ONES", -16],
    ],
  },
  {
    name: "nobody heard the pitch",
    build: async (log) => log.talk(await log.contacts(5), [1, 3, 5, 7, 9], { mentionedJobSearch: true }),
    ...NED,
    CONVERSATIONS: ["ALERT", "PITCH_STALE:ALERT"],
    ONE_ON_ONES: ["WARN", "NO_ONE_ON_ONES:WARN"],
    flags: ["PITCH_STALE", "NO_ONE_ON_ONES"],
    healthScore: 59,
    costs: [
      ["PITCH_STALE", -25],
      ["NO_ONE_ON_ONES", -16],
    ],
  },
  {
    name: "nobody heard the pitch, but a blog post went out",
    build: async (log) => {
      await log.talk(await log.contacts(5), [1, 3, 5, 7, 9], { mentionedJobSearch: true });
      await makePost(ctx.app, log.user, { publishedOn: daysAgo(4) });
    },
    ...NED,
    CONVERSATIONS: ["ALERT", "PITCH_STALE:ALERT"],
    ONE_ON_ONES: ["WARN", "NO_ONE_ON_ONES:WARN"],
    flags: ["PITCH_STALE", "NO_ONE_ON_ONES"],
    healthScore: 59,
    costs: [
      ["PITCH_STALE", -25],
      ["NO_ONE_ON_ONES", -16],
    ],
  },
  {
    name: "plenty of meetings",
    build: async (log) => {
      const people = await log.contacts(4);
      await log.talk(people, [2, 4, 6, 8, 10], GOOD_TALK);
      for (const [i, person] of people.entries()) await log.meeting(person, "DONE", 3 + i * 4);
    },
    ...NED,
    CONVERSATIONS: ["OK"],
    ONE_ON_ONES: ["OK"],
    flags: [],
    healthScore: 100,
  },
  {
    name: "one overdue follow-up",
    build: async (log) => {
      const people = await log.contacts(3);
      await log.talk(people, [2, 4, 6, 8], GOOD_TALK);
      await log.talk(people, [10], { ...GOOD_TALK, followUp: { action: "Send the article", dueOn: daysAgo(3) } });
      await log.meeting(people[0]!, "SCHEDULED", -2);
    },
    ...NED,
    CONVERSATIONS: ["OK"],
    ONE_ON_ONES: ["WARN", "OVERDUE_FOLLOW_UPS:WARN"],
    flags: ["OVERDUE_FOLLOW_UPS"],
    healthScore: 84,
    costs: [["OVERDUE_FOLLOW_UPS", -16]],
  },
  {
    name: "three overdue follow-ups",
    build: async (log) => {
      const people = await log.contacts(3);
      await log.talk(people, [2, 4, 6, 8, 10], GOOD_TALK);
      for (const contactId of people) await makeTask(ctx.app, log.user, { contactId, dueOn: daysAgo(2) });
      await log.meeting(people[0]!, "SCHEDULED", -2);
    },
    ...NED,
    CONVERSATIONS: ["OK"],
    ONE_ON_ONES: ["ALERT", "OVERDUE_FOLLOW_UPS:ALERT"],
    flags: ["OVERDUE_FOLLOW_UPS"],
    healthScore: 75,
    costs: [["OVERDUE_FOLLOW_UPS", -25]],
  },
  {
    name: "a follow-up three weeks late",
    build: async (log) => {
      const people = await log.contacts(3);
      await log.talk(people, [2, 4, 6, 8, 10], GOOD_TALK);
      await makeTask(ctx.app, log.user, { contactId: people[0], dueOn: daysAgo(21) });
      await log.meeting(people[0]!, "DONE", 5);
    },
    ...NED,
    CONVERSATIONS: ["OK"],
    ONE_ON_ONES: ["ALERT", "OVERDUE_FOLLOW_UPS:ALERT"],
    flags: ["OVERDUE_FOLLOW_UPS"],
    healthScore: 75,
    costs: [["OVERDUE_FOLLOW_UPS", -25]],
  },
  {
    name: "follow-ups done",
    build: async (log) => {
      const people = await log.contacts(3);
      await log.talk(people, [2, 4, 6, 8, 10], GOOD_TALK);
      await makeTask(ctx.app, log.user, { contactId: people[0], dueOn: daysAgo(5), done: true });
      await log.meeting(people[1]!, "DONE", 5);
    },
    ...NED,
    CONVERSATIONS: ["OK"],
    ONE_ON_ONES: ["OK"],
    flags: [],
    healthScore: 100,
  },
  {
    name: "ten insiders and no one-on-one",
    build: async (log) => {
      await THREE_KINDS(log);
      await log.contacts(10, { relationship: "INSIDER" });
    },
    ...NED,
    WHERE: ["OK"],
    OPPORTUNITIES: ["OK"],
    ONE_ON_ONES: ["ALERT", "NO_ONE_ON_ONES:ALERT"],
    flags: ["NO_ONE_ON_ONES"],
    healthScore: 75,
    costs: [["NO_ONE_ON_ONES", -25]],
  },
  {
    name: "contacts added through the form only",
    build: async (log) => void (await log.contacts(3)),
    ...NED,
    ONE_ON_ONES: ["WARN", "NO_ONE_ON_ONES:WARN"],
    flags: ["NO_ONE_ON_ONES"],
    healthScore: null,
  },
  {
    name: "contacts from a LinkedIn import are not new",
    build: async (log) => void (await log.contacts(5, { tags: ["linkedin"] })),
    ...NED,
    flags: [],
    healthScore: null,
  },
  {
    name: "a one-on-one scheduled with one of three new people",
    build: async (log) => {
      await THREE_KINDS(log);
      const people = await log.contacts(3);
      await log.meeting(people[2]!, "SCHEDULED", -4);
    },
    ...NED,
    WHERE: ["OK"],
    OPPORTUNITIES: ["OK"],
    ONE_ON_ONES: ["OK"],
    flags: [],
    healthScore: 100,
  },
  {
    name: "quiet for two weeks",
    build: async (log) => {
      await log.events("BUSINESS_NETWORKING_GROUP", [15], 1);
      await log.events("PROFESSIONAL_ASSOCIATION", [16], 1);
      await log.events("MEETUP", [17], 1);
    },
    ...NED,
    WHERE: ["WARN", "STALLED:WARN"],
    OPPORTUNITIES: ["OK"],
    flags: ["STALLED"],
    healthScore: 84,
    costs: [["STALLED", -16]],
  },
  {
    name: "quiet for three weeks",
    build: async (log) => {
      await log.events("BUSINESS_NETWORKING_GROUP", [22], 1);
      await log.events("PROFESSIONAL_ASSOCIATION", [23], 1);
      await log.events("MEETUP", [24], 1);
    },
    ...NED,
    WHERE: ["ALERT", "STALLED:ALERT"],
    OPPORTUNITIES: ["OK"],
    flags: ["STALLED"],
    healthScore: 75,
    costs: [["STALLED", -25]],
  },
  {
    name: "busy two months ago, nothing since",
    build: async (log) => {
      await log.events("BUSINESS_NETWORKING_GROUP", [50, 55], 3);
      await log.events("MEETUP", [60], 3);
    },
    ...NED,
    flags: [],
    healthScore: null,
  },
  {
    name: "doing everything the article asks",
    build: async (log) => {
      await THREE_KINDS(log);
      const people = await log.contacts(6);
      await log.talk(people, [1, 2, 4, 5, 8, 10], GOOD_TALK);
      await log.meeting(people[0]!, "DONE", 3);
    },
    WHERE: ["OK"],
    OPPORTUNITIES: ["OK"],
    CONVERSATIONS: ["OK"],
    ONE_ON_ONES: ["OK"],
    flags: [],
    healthScore: 100,
  },
  {
    name: "everything wrong at once: the score stops at 0",
    build: async (log) => {
      await log.events("JOBSEEKER_SUPPORT_GROUP", [2, 5, 9, 12], 2);
      await log.events("VOLUNTEERING", [7], 2, "BEHIND_THE_SCENES");
      const people = await log.contacts(3);
      await log.talk(people.slice(0, 2), [1, 3, 5, 7, 9, 11, 13, 15], { smallTalkOnly: true });
      await makeTask(ctx.app, log.user, { contactId: people[0], dueOn: daysAgo(20) });
    },
    WHERE: ["ALERT", "SUPPORT_GROUP_HEAVY:ALERT"],
    OPPORTUNITIES: ["ALERT", "FEW_VENUE_KINDS:WARN", "BACK_ROOM_VOLUNTEERING:ALERT"],
    CONVERSATIONS: ["ALERT", "RUT:ALERT", "NOT_MENTIONING_SEARCH:ALERT"],
    ONE_ON_ONES: ["ALERT", "NO_ONE_ON_ONES:WARN", "OVERDUE_FOLLOW_UPS:ALERT"],
    flags: [
      "SUPPORT_GROUP_HEAVY",
      "FEW_VENUE_KINDS",
      "BACK_ROOM_VOLUNTEERING",
      "RUT",
      "NOT_MENTIONING_SEARCH",
      "NO_ONE_ON_ONES",
      "OVERDUE_FOLLOW_UPS",
    ],
    healthScore: 0,
    costs: [
      ["SUPPORT_GROUP_HEAVY", -25],
      ["FEW_VENUE_KINDS", -16],
      ["BACK_ROOM_VOLUNTEERING", -25],
      ["RUT", -25],
      ["NOT_MENTIONING_SEARCH", -25],
      ["NO_ONE_ON_ONES", -16],
      ["OVERDUE_FOLLOW_UPS", -25],
      ["FLOOR", 57],
    ],
  },
];

/** Phrases a recommendation uses for each kind of venue. */
const KIND_WORDS: Partial<Record<TVenueKind, RegExp>> = {
  BUSINESS_NETWORKING_GROUP: /business networking/i,
  PROFESSIONAL_ASSOCIATION: /professional association/i,
  MEETUP: /meetup/i,
  INDUSTRY_EVENT: /conference|trade show/i,
  VOLUNTEERING: /volunteer/i,
  ALUMNI: /alumni/i,
};

/**
 * Every piece of advice that tells the user to start doing what the period
 * shows they already do, read from the insights alone (independently of the
 * rules' own code).
 */
function adviceToDoWhatItDoes(insights: TInsights): string[] {
  const metric = (tip: string, name: string) => insights.tips.find((t) => t.tip === tip)?.metrics[name] ?? null;
  const wrong: string[] = [];
  const used = insights.byVenueKind.filter((kind) => kind.events > 0).map((kind) => kind.kind);
  for (const finding of insights.tips.flatMap((tip) => tip.findings)) {
    const advice = finding.recommendation;
    const says = (pattern: RegExp, what: string, already: boolean) => {
      if (already && pattern.test(advice)) wrong.push(`${finding.code} suggests ${what}, which the period shows`);
    };
    if (finding.code === "SUPPORT_GROUP_HEAVY" || finding.code === "FEW_VENUE_KINDS") {
      for (const kind of used) says(KIND_WORDS[kind] ?? /$^/, kind, true);
    }
    says(/ask for[^.]*front-facing/, "a front-facing role", (metric("OPPORTUNITIES", "frontFacingHours") ?? 0) > 0);
    says(/seat on the event committee/, "a committee seat", (metric("OPPORTUNITIES", "withLeadershipHours") ?? 0) > 0);
    says(/never met/, "meeting new people", (metric("CONVERSATIONS", "distinctPeoplePerConversation") ?? 0) >= 0.5);
    says(/weather/, "leaving small talk", (metric("CONVERSATIONS", "smallTalkOnlyShare") ?? 1) <= 0.5);
    says(
      /name one or two of your target companies/,
      "naming target companies",
      (metric("CONVERSATIONS", "namedTargetCompanyShare") ?? 0) >= 0.5,
    );
    says(/blog post/, "a blog post", (metric("CONVERSATIONS", "postsPublished") ?? 0) > 0);
    const oneOnOnes = (metric("ONE_ON_ONES", "oneOnOnesDone") ?? 0) + (metric("ONE_ON_ONES", "oneOnOnesScheduled") ?? 0);
    says(/coffee/, "a one-on-one", oneOnOnes > 0);
    says(/event in your calendar for this week/, "an event this week", insights.targets.events.actual > 0);
  }
  return wrong;
}

const shapeOf = (insights: TInsights) =>
  Object.fromEntries(
    insights.tips.map((tip) => [
      tip.tip,
      tip.status === "NOT_ENOUGH_DATA"
        ? [tip.status, tip.needs]
        : [tip.status, ...tip.findings.map((finding) => `${finding.code}:${finding.severity}`)],
    ]),
  );

describe("insights over named histories", () => {
  const results = new Map<string, TInsights>();

  beforeAll(async () => {
    // Each history is one user's: they are logged side by side.
    await Promise.all(
      HISTORIES.map(async (history) => {
        const user = await signUp(ctx.app);
        await history.build(new Log(user));
        const response = await request(ctx.app.server).get("/api/v1/insights").set(user.auth).expect(200);
        results.set(history.name, response.body);
      }),
    );
  }, 240_000);

  it("has at least 30 histories, each with its own name", () => {
    expect(HISTORIES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HISTORIES.map((history) => history.name)).size).toBe(HISTORIES.length);
  });

  it.each(HISTORIES.map((history) => [history.name, history] as const))("%s", (_name, history) => {
    const insights = results.get(history.name)!;
    expect(shapeOf(insights)).toEqual({
      WHERE: history.WHERE,
      OPPORTUNITIES: history.OPPORTUNITIES,
      CONVERSATIONS: history.CONVERSATIONS,
      ONE_ON_ONES: history.ONE_ON_ONES,
    });
    expect(insights.flags).toEqual(history.flags);
    expect(insights.healthScore).toBe(history.healthScore);
    expect(insights.healthBreakdown).toEqual(
      history.healthScore === null
        ? []
        : [{ code: "BASE", points: 100 }, ...(history.costs ?? []).map(([code, points]) => ({ code, points }))],
    );
    if (insights.healthScore !== null)
      expect(insights.healthBreakdown.reduce((sum, entry) => sum + entry.points, 0)).toBe(insights.healthScore);
  });

  it.each(HISTORIES.map((history) => [history.name] as const))("%s: no advice to do what it already does", (name) => {
    expect(adviceToDoWhatItDoes(results.get(name)!)).toEqual([]);
  });

  it("the advice check catches advice to do what a history already does", () => {
    const onlyBusiness = structuredClone(results.get("only business groups")!);
    const finding = onlyBusiness.tips.flatMap((tip) => tip.findings).find((entry) => entry.code === "FEW_VENUE_KINDS")!;
    finding.recommendation = "Search for business networking groups in your area.";
    expect(adviceToDoWhatItDoes(onlyBusiness)).toEqual([
      "FEW_VENUE_KINDS suggests BUSINESS_NETWORKING_GROUP, which the period shows",
    ]);
    const blogger = structuredClone(results.get("nobody heard the pitch, but a blog post went out")!);
    blogger.tips.flatMap((tip) => tip.findings).find((entry) => entry.code === "PITCH_STALE")!.recommendation =
      "Consider a short blog post.";
    expect(adviceToDoWhatItDoes(blogger)).toEqual(["PITCH_STALE suggests a blog post, which the period shows"]);
  });
});
