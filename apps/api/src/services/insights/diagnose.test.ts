import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose.ts";
import type { InsightMetrics, KindMetrics } from "./metrics.ts";
import { MINIMUMS, THRESHOLDS } from "./thresholds.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const kind = (name: KindMetrics["kind"], hours: number, events = 1): KindMetrics => ({
  kind: name,
  hours,
  events,
  newContacts: 0,
  leads: 0,
});

/** Someone whose networking works: no rule fires. */
function healthy(): InsightMetrics {
  return {
    from: day("2026-10-29"),
    to: day("2026-11-25"),
    asOf: day("2026-11-25"),
    totalHours: 10,
    supportGroupHours: 2,
    byKind: [kind("JOBSEEKER_SUPPORT_GROUP", 2), kind("BUSINESS_NETWORKING_GROUP", 4), kind("PROFESSIONAL_ASSOCIATION", 4)],
    supportGroupEventIds: ["e1"],
    newVenueIds: ["v1"],
    volunteeringHours: 0,
    behindTheScenesHours: 0,
    frontFacingHours: 0,
    withLeadershipHours: 0,
    insidersAndConnectorsMet: 2,
    targetCompanies: 3,
    targetCompaniesWithInsider: 1,
    conversations: 10,
    distinctPeople: 8,
    mentionedSearch: 7,
    namedTargetCompany: 4,
    smallTalkOnly: 2,
    contactsTalkedTo: 8,
    pitchStaleContacts: 2,
    pitchStaleContactIds: ["c1", "c2"],
    recentConversationIds: ["k1", "k2"],
    silentConversationIds: ["k2"],
    postsPublished: 1,
    totalContacts: 12,
    newContacts: 6,
    newContactsWithOneOnOne: 2,
    oneOnOnesDone: 2,
    oneOnOnesScheduled: 1,
    overdueFollowUps: 0,
    overdueFollowUpIds: [],
    oldestOverdueDays: null,
    leads: 2,
    interviews: 1,
    offers: 0,
    weekly: [],
    lastActivityOn: day("2026-11-24"),
  };
}

const run = (change: Partial<InsightMetrics>) => diagnose({ ...healthy(), ...change });
const findingOf = (change: Partial<InsightMetrics>, flag: string) =>
  run(change)
    .tips.flatMap((tip) => tip.findings)
    .find((finding) => finding.code === flag);

describe("diagnose", () => {
  it("finds nothing wrong with a healthy history: all tips OK, score 100", () => {
    const result = run({});
    expect(result.flags).toEqual([]);
    expect(result.tips.map((tip) => [tip.tip, tip.status])).toEqual([
      ["WHERE", "OK"],
      ["OPPORTUNITIES", "OK"],
      ["CONVERSATIONS", "OK"],
      ["ONE_ON_ONES", "OK"],
    ]);
    expect(result.healthScore).toBe(100);
  });

  describe("SUPPORT_GROUP_HEAVY", () => {
    const support = (supportHours: number, otherHours: number) => ({
      totalHours: supportHours + otherHours,
      supportGroupHours: supportHours,
      byKind: [
        kind("JOBSEEKER_SUPPORT_GROUP", supportHours),
        kind("MEETUP", otherHours),
        kind("ALUMNI", otherHours > 0 ? 0.5 : 0),
      ],
    });
    it("stays quiet at exactly half", () => expect(findingOf(support(5, 5), "SUPPORT_GROUP_HEAVY")).toBeUndefined());
    it("warns just over half", () => expect(findingOf(support(5.5, 4.5), "SUPPORT_GROUP_HEAVY")?.severity).toBe("WARN"));
    it("alerts from 80 %", () => expect(findingOf(support(8, 2), "SUPPORT_GROUP_HEAVY")?.severity).toBe("ALERT"));
    it("needs at least 3 hours", () => {
      expect(findingOf(support(2.9, 0), "SUPPORT_GROUP_HEAVY")).toBeUndefined();
      expect(findingOf(support(3, 0), "SUPPORT_GROUP_HEAVY")?.severity).toBe("ALERT");
    });
    it("names its evidence", () => {
      const finding = findingOf(support(6, 2), "SUPPORT_GROUP_HEAVY")!;
      expect(finding.evidence).toMatchObject({ supportGroupHours: 6, totalHours: 8, supportGroupShare: 0.75, eventIds: ["e1"] });
      expect(finding.recommendation).toMatch(/business networking group/);
    });
    it("suggests only kinds of venue the period does not show", () => {
      const withBusiness = findingOf(
        { ...support(6, 2), byKind: [kind("JOBSEEKER_SUPPORT_GROUP", 6, 3), kind("BUSINESS_NETWORKING_GROUP", 2)] },
        "SUPPORT_GROUP_HEAVY",
      )!;
      expect(withBusiness.recommendation).not.toMatch(/business networking/i);
      expect(withBusiness.recommendation).toMatch(/professional association/);
    });
  });

  describe("FEW_VENUE_KINDS", () => {
    it("stays quiet with two other kinds", () => expect(findingOf({}, "FEW_VENUE_KINDS")).toBeUndefined());
    it("warns with one other kind", () => {
      const finding = findingOf({ byKind: [kind("JOBSEEKER_SUPPORT_GROUP", 1), kind("MEETUP", 2, 2)] }, "FEW_VENUE_KINDS");
      expect(finding?.severity).toBe("WARN");
      expect(finding?.evidence).toEqual({ otherVenueKinds: 1, kinds: ["MEETUP"] });
    });
    it("alerts with none", () =>
      expect(findingOf({ byKind: [kind("JOBSEEKER_SUPPORT_GROUP", 3, 3)] }, "FEW_VENUE_KINDS")?.severity).toBe("ALERT"));
    it("never suggests a kind of venue the period already shows", () => {
      const onlyBusiness = findingOf({ byKind: [kind("BUSINESS_NETWORKING_GROUP", 6, 3)] }, "FEW_VENUE_KINDS")!;
      expect(onlyBusiness.recommendation).not.toMatch(/business networking/i);
      expect(onlyBusiness.recommendation).toMatch(/professional association/);
      const onlyMeetups = findingOf({ byKind: [kind("MEETUP", 6, 3)] }, "FEW_VENUE_KINDS")!;
      expect(onlyMeetups.recommendation).toMatch(/business networking group/);
      expect(onlyMeetups.recommendation).not.toMatch(/meetup/i);
    });
  });

  describe("BACK_ROOM_VOLUNTEERING", () => {
    it("stays quiet without volunteering", () => expect(findingOf({}, "BACK_ROOM_VOLUNTEERING")).toBeUndefined());
    it("stays quiet just under half", () =>
      expect(findingOf({ volunteeringHours: 10, behindTheScenesHours: 4.9 }, "BACK_ROOM_VOLUNTEERING")).toBeUndefined());
    it("warns at half", () =>
      expect(findingOf({ volunteeringHours: 10, behindTheScenesHours: 5 }, "BACK_ROOM_VOLUNTEERING")?.severity).toBe("WARN"));
    it("alerts from 90 %", () =>
      expect(findingOf({ volunteeringHours: 10, behindTheScenesHours: 9 }, "BACK_ROOM_VOLUNTEERING")?.severity).toBe("ALERT"));
    it("needs at least 2 volunteering hours", () =>
      expect(findingOf({ volunteeringHours: 1.5, behindTheScenesHours: 1.5 }, "BACK_ROOM_VOLUNTEERING")).toBeUndefined());
    it("asks for a front-facing role only of someone who has none", () => {
      const none = findingOf({ volunteeringHours: 10, behindTheScenesHours: 9 }, "BACK_ROOM_VOLUNTEERING")!;
      expect(none.recommendation).toMatch(/front-facing role/);
      const some = findingOf({ volunteeringHours: 10, behindTheScenesHours: 8, frontFacingHours: 2 }, "BACK_ROOM_VOLUNTEERING")!;
      expect(some.recommendation).not.toMatch(/ask for a front-facing/);
      expect(some.recommendation).toMatch(/committee/);
    });
  });

  describe("RUT", () => {
    it("needs at least 6 conversations", () =>
      expect(findingOf({ conversations: 5, distinctPeople: 1, smallTalkOnly: 5 }, "RUT")).toBeUndefined());
    it("stays quiet at half distinct people and half small talk", () =>
      expect(findingOf({ conversations: 10, distinctPeople: 5, smallTalkOnly: 5 }, "RUT")).toBeUndefined());
    it("warns when talking to the same few", () =>
      expect(findingOf({ conversations: 10, distinctPeople: 4, smallTalkOnly: 0 }, "RUT")?.severity).toBe("WARN"));
    it("warns when more than half is small talk", () =>
      expect(findingOf({ conversations: 10, distinctPeople: 10, smallTalkOnly: 6 }, "RUT")?.severity).toBe("WARN"));
    it("alerts below 0.3 people per conversation", () =>
      expect(findingOf({ conversations: 10, distinctPeople: 2, smallTalkOnly: 0 }, "RUT")?.severity).toBe("ALERT"));
    it("tells someone who meets new people only to steer away from small talk", () => {
      const chitChat = findingOf({ conversations: 10, distinctPeople: 9, smallTalkOnly: 9 }, "RUT")!;
      expect(chitChat.recommendation).not.toMatch(/never met/);
      expect(chitChat.recommendation).toMatch(/weather/);
      const samePeople = findingOf({ conversations: 10, distinctPeople: 2, smallTalkOnly: 0 }, "RUT")!;
      expect(samePeople.recommendation).toMatch(/never met/);
      expect(samePeople.recommendation).not.toMatch(/weather/);
    });
    it("alerts from 80 % small talk", () =>
      expect(findingOf({ conversations: 10, distinctPeople: 10, smallTalkOnly: 8 }, "RUT")?.severity).toBe("ALERT"));
  });

  describe("NOT_MENTIONING_SEARCH", () => {
    it("asks to name target companies only of someone who rarely does", () => {
      const rarely = findingOf({ conversations: 10, mentionedSearch: 1, namedTargetCompany: 1 }, "NOT_MENTIONING_SEARCH")!;
      expect(rarely.recommendation).toMatch(/name one or two of your target companies/);
      const often = findingOf({ conversations: 10, mentionedSearch: 1, namedTargetCompany: 6 }, "NOT_MENTIONING_SEARCH")!;
      expect(often.recommendation).not.toMatch(/name one or two/);
    });
    it("needs at least 5 conversations", () =>
      expect(findingOf({ conversations: 4, mentionedSearch: 0 }, "NOT_MENTIONING_SEARCH")).toBeUndefined());
    it("stays quiet at half", () =>
      expect(findingOf({ conversations: 10, mentionedSearch: 5 }, "NOT_MENTIONING_SEARCH")).toBeUndefined());
    it("warns under half", () =>
      expect(findingOf({ conversations: 10, mentionedSearch: 4 }, "NOT_MENTIONING_SEARCH")?.severity).toBe("WARN"));
    it("alerts under 20 %", () =>
      expect(findingOf({ conversations: 10, mentionedSearch: 1 }, "NOT_MENTIONING_SEARCH")?.severity).toBe("ALERT"));
  });

  describe("PITCH_STALE", () => {
    it("stays quiet at half", () =>
      expect(findingOf({ contactsTalkedTo: 10, pitchStaleContacts: 5 }, "PITCH_STALE")).toBeUndefined());
    it("warns over half", () =>
      expect(findingOf({ contactsTalkedTo: 10, pitchStaleContacts: 6 }, "PITCH_STALE")?.severity).toBe("WARN"));
    it("alerts from 80 %", () =>
      expect(findingOf({ contactsTalkedTo: 10, pitchStaleContacts: 8 }, "PITCH_STALE")?.severity).toBe("ALERT"));
    it("suggests a blog post only to someone who has not published one", () => {
      const stale = { contactsTalkedTo: 10, pitchStaleContacts: 9 };
      expect(findingOf({ ...stale, postsPublished: 0 }, "PITCH_STALE")!.recommendation).toMatch(/blog post/);
      expect(findingOf({ ...stale, postsPublished: 1 }, "PITCH_STALE")!.recommendation).not.toMatch(/blog post/);
    });
    it("needs at least 3 people talked to", () =>
      expect(findingOf({ contactsTalkedTo: 2, pitchStaleContacts: 2 }, "PITCH_STALE")).toBeUndefined());
    it("stays quiet when nobody was talked to", () =>
      expect(findingOf({ contactsTalkedTo: 0, pitchStaleContacts: 0, conversations: 0 }, "PITCH_STALE")).toBeUndefined());
  });

  describe("NO_ONE_ON_ONES", () => {
    const none = { oneOnOnesDone: 0, oneOnOnesScheduled: 0 };
    it("needs at least 3 contacts", () => expect(findingOf({ ...none, totalContacts: 2 }, "NO_ONE_ON_ONES")).toBeUndefined());
    it("warns from 3 contacts", () => expect(findingOf({ ...none, totalContacts: 3 }, "NO_ONE_ON_ONES")?.severity).toBe("WARN"));
    it("alerts from 10 contacts", () =>
      expect(findingOf({ ...none, totalContacts: 10 }, "NO_ONE_ON_ONES")?.severity).toBe("ALERT"));
    it("stays quiet with one scheduled", () =>
      expect(findingOf({ ...none, oneOnOnesScheduled: 1, totalContacts: 30 }, "NO_ONE_ON_ONES")).toBeUndefined());
  });

  describe("OVERDUE_FOLLOW_UPS", () => {
    it("warns for one a few days late", () => {
      const finding = findingOf({ overdueFollowUps: 1, overdueFollowUpIds: ["t1"], oldestOverdueDays: 3 }, "OVERDUE_FOLLOW_UPS");
      expect(finding?.severity).toBe("WARN");
      expect(finding?.evidence).toEqual({ overdueFollowUps: 1, oldestOverdueDays: 3, taskIds: ["t1"] });
    });
    it("alerts from 3 overdue", () =>
      expect(findingOf({ overdueFollowUps: 3, oldestOverdueDays: 1 }, "OVERDUE_FOLLOW_UPS")?.severity).toBe("ALERT"));
    it("alerts for one more than 14 days late", () => {
      expect(findingOf({ overdueFollowUps: 1, oldestOverdueDays: 14 }, "OVERDUE_FOLLOW_UPS")?.severity).toBe("WARN");
      expect(findingOf({ overdueFollowUps: 1, oldestOverdueDays: 15 }, "OVERDUE_FOLLOW_UPS")?.severity).toBe("ALERT");
    });
  });

  describe("STALLED", () => {
    it("stays quiet at 13 idle days", () => expect(findingOf({ lastActivityOn: day("2026-11-12") }, "STALLED")).toBeUndefined());
    it("warns at 14 idle days", () => expect(findingOf({ lastActivityOn: day("2026-11-11") }, "STALLED")?.severity).toBe("WARN"));
    it("warns at 20 idle days", () => expect(findingOf({ lastActivityOn: day("2026-11-05") }, "STALLED")?.severity).toBe("WARN"));
    it("alerts at 21 idle days", () =>
      expect(findingOf({ lastActivityOn: day("2026-11-04") }, "STALLED")?.severity).toBe("ALERT"));
    it("alerts when nothing was recorded before the period's events", () =>
      expect(findingOf({ lastActivityOn: null }, "STALLED")?.severity).toBe("ALERT"));
  });

  describe("thin data", () => {
    const empty: Partial<InsightMetrics> = {
      totalHours: 0,
      supportGroupHours: 0,
      byKind: [],
      conversations: 0,
      distinctPeople: 0,
      mentionedSearch: 0,
      smallTalkOnly: 0,
      contactsTalkedTo: 0,
      pitchStaleContacts: 0,
      newContacts: 0,
      totalContacts: 0,
      oneOnOnesDone: 0,
      oneOnOnesScheduled: 0,
      lastActivityOn: null,
    };
    it("judges nothing in an empty period: every tip says what it needs, no flags, no score", () => {
      const result = run(empty);
      expect(result.tips.map((tip) => [tip.tip, tip.status, tip.needs, tip.findings])).toEqual([
        ["WHERE", "NOT_ENOUGH_DATA", { eventHours: 3 }, []],
        ["OPPORTUNITIES", "NOT_ENOUGH_DATA", { events: 3 }, []],
        ["CONVERSATIONS", "NOT_ENOUGH_DATA", { conversations: 5 }, []],
        ["ONE_ON_ONES", "NOT_ENOUGH_DATA", { newContacts: 3 }, []],
      ]);
      expect(result.flags).toEqual([]);
      expect(result.healthScore).toBeNull();
      expect(result.healthBreakdown).toEqual([]);
    });
    it("judges a tip exactly at its minimum, not one record below it", () => {
      const below = run({ conversations: 4, distinctPeople: 1, mentionedSearch: 0 });
      expect(below.tips.find((tip) => tip.tip === "CONVERSATIONS")?.status).toBe("NOT_ENOUGH_DATA");
      expect(below.flags).not.toContain("NOT_MENTIONING_SEARCH");
      const at = run({ conversations: 5, distinctPeople: 5, mentionedSearch: 0 });
      expect(at.tips.find((tip) => tip.tip === "CONVERSATIONS")?.status).toBe("ALERT");
      expect(at.flags).toContain("NOT_MENTIONING_SEARCH");
    });
    it("raises no flag from a tip it cannot judge, even a count such as overdue follow-ups", () => {
      const result = run({ newContacts: 2, overdueFollowUps: 4, oldestOverdueDays: 20 });
      expect(result.tips.find((tip) => tip.tip === "ONE_ON_ONES")?.status).toBe("NOT_ENOUGH_DATA");
      expect(result.flags).not.toContain("OVERDUE_FOLLOW_UPS");
    });
    it("scores only once two tips can be judged", () => {
      const one = run({ ...empty, conversations: 8, distinctPeople: 8, mentionedSearch: 6, contactsTalkedTo: 8 });
      expect(one.tips.filter((tip) => tip.status !== "NOT_ENOUGH_DATA").map((tip) => tip.tip)).toEqual(["CONVERSATIONS"]);
      expect(one.healthScore).toBeNull();
      const two = run({
        ...empty,
        conversations: 8,
        distinctPeople: 8,
        mentionedSearch: 6,
        contactsTalkedTo: 8,
        newContacts: 3,
        totalContacts: 3,
        oneOnOnesDone: 1,
      });
      expect(two.healthScore).toBe(100);
    });
  });

  describe("status and health score", () => {
    it("takes a tip's status from its worst finding only", () => {
      const result = run({ conversations: 10, mentionedSearch: 4, distinctPeople: 2 });
      const conversations = result.tips.find((tip) => tip.tip === "CONVERSATIONS")!;
      expect(conversations.findings.map((finding) => [finding.code, finding.severity])).toEqual([
        ["RUT", "ALERT"],
        ["NOT_MENTIONING_SEARCH", "WARN"],
      ]);
      expect(conversations.status).toBe("ALERT");
      expect(result.tips.filter((tip) => tip.status === "OK")).toHaveLength(3);
    });

    it("scores at least 80 with no findings and below 40 when warned on all four tips", () => {
      expect(run({}).healthScore).toBeGreaterThanOrEqual(80);
      const warnedEverywhere = run({
        supportGroupHours: 5.5,
        totalHours: 10,
        volunteeringHours: 10,
        behindTheScenesHours: 5,
        conversations: 10,
        mentionedSearch: 4,
        overdueFollowUps: 1,
        oldestOverdueDays: 2,
      });
      expect(warnedEverywhere.tips.map((tip) => tip.status)).toEqual(["WARN", "WARN", "WARN", "WARN"]);
      expect(warnedEverywhere.healthScore).toBeLessThan(40);
    });

    it("penalises alerts more than warnings and never goes below 0", () => {
      const warn = run({ overdueFollowUps: 1, oldestOverdueDays: 1 }).healthScore;
      const alert = run({ overdueFollowUps: 5, oldestOverdueDays: 1 }).healthScore;
      expect(warn).toBe(100 - THRESHOLDS.penalty.WARN);
      expect(alert).toBe(100 - THRESHOLDS.penalty.ALERT);
      const everything = run({
        supportGroupHours: 10,
        totalHours: 10,
        byKind: [kind("JOBSEEKER_SUPPORT_GROUP", 10, 4)],
        volunteeringHours: 4,
        behindTheScenesHours: 4,
        conversations: 10,
        distinctPeople: 1,
        mentionedSearch: 0,
        contactsTalkedTo: 3,
        pitchStaleContacts: 3,
        oneOnOnesDone: 0,
        oneOnOnesScheduled: 0,
        totalContacts: 20,
        overdueFollowUps: 5,
        oldestOverdueDays: 30,
        lastActivityOn: null,
      });
      expect(everything.flags).toHaveLength(9);
      expect(everything.healthScore).toBe(0);
      const costs = everything.healthBreakdown.slice(1, -1).reduce((sum, entry) => sum + entry.points, 0);
      expect(everything.healthBreakdown.at(0)).toEqual({ code: "BASE", points: 100 });
      expect(everything.healthBreakdown.at(-1)).toEqual({ code: "FLOOR", points: -(100 + costs) });
    });

    it("explains the score: the base, then each finding's cost, summing to the score", () => {
      const result = run({ overdueFollowUps: 1, oldestOverdueDays: 2 });
      expect(result.healthScore).toBe(84);
      expect(result.healthBreakdown).toEqual([
        { code: "BASE", points: 100 },
        { code: "OVERDUE_FOLLOW_UPS", points: -16 },
      ]);
      expect(run({}).healthBreakdown).toEqual([{ code: "BASE", points: 100 }]);
    });

    it("reads its minimums from one place", () => {
      const strict = { ...MINIMUMS, CONVERSATIONS: { conversations: 20 } };
      const result = diagnose({ ...healthy(), conversations: 10, mentionedSearch: 1 }, THRESHOLDS, strict);
      expect(result.tips.find((tip) => tip.tip === "CONVERSATIONS")).toMatchObject({
        status: "NOT_ENOUGH_DATA",
        needs: { conversations: 20 },
      });
    });

    it("reads its thresholds from one place", () => {
      const strict = { ...THRESHOLDS, notMentioningSearch: { ...THRESHOLDS.notMentioningSearch, warnShare: 0.8 } };
      expect(diagnose({ ...healthy(), conversations: 10, mentionedSearch: 7 }, strict).flags).toEqual(["NOT_MENTIONING_SEARCH"]);
    });
  });
});
