/**
 * Insights over histories built through the API, as a jobseeker would log
 * them: one stuck in support groups and small talk, one who branched out.
 * Flags, statuses, the funnel and hours per venue kind are checked exactly.
 */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { daysAgo, makeCompany, makeContact, makeEvent, makeVenue, post } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";
import { getInsights } from "../../../../services/insights/get-insights.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

async function insights(user: TestUser, query: Record<string, string> = {}) {
  const response = await api().get("/api/v1/insights").query(query).set(user.auth).expect(200);
  return response.body;
}

const statuses = (body: { tips: Array<{ tip: string; status: string }> }) =>
  Object.fromEntries(body.tips.map((tip) => [tip.tip, tip.status]));
const finding = (body: { tips: Array<{ findings: Array<{ code: string }> }> }, code: string) =>
  body.tips.flatMap((tip) => tip.findings).find((entry) => entry.code === code) as
    { severity: string; evidence: Record<string, unknown>; recommendation: string; message: string } | undefined;

describe("a jobseeker stuck in support groups and small talk", () => {
  let user: TestUser;
  const peers: string[] = [];
  let supportEvents: string[] = [];

  beforeAll(async () => {
    user = await signUp(ctx.app);
    const groupA = await makeVenue(ctx.app, user, { name: "Tuesday job club", kind: "JOBSEEKER_SUPPORT_GROUP" });
    const groupB = await makeVenue(ctx.app, user, { name: "Church career group", kind: "JOBSEEKER_SUPPORT_GROUP" });
    const charity = await makeVenue(ctx.app, user, { name: "Thrift store", kind: "VOLUNTEERING" });
    const first = await makeEvent(ctx.app, user, { venueId: groupA.id, date: daysAgo(17), hours: 2 });
    supportEvents = [
      first.id,
      (await makeEvent(ctx.app, user, { venueId: groupA.id, date: daysAgo(10), hours: 2 })).id,
      (await makeEvent(ctx.app, user, { venueId: groupA.id, date: daysAgo(3), hours: 2 })).id,
      (await makeEvent(ctx.app, user, { venueId: groupB.id, date: daysAgo(5), hours: 3 })).id,
    ];
    await makeEvent(ctx.app, user, { venueId: charity.id, date: daysAgo(8), hours: 3, visibility: "BEHIND_THE_SCENES" });
    for (const name of ["Sam", "Alex", "Jo"]) {
      peers.push((await makeContact(ctx.app, user, { name, relationship: "PEER_JOBSEEKER", metAtEventId: first.id })).id);
    }
    // Eight chats about the weather with the same three people; one promised follow-up is late.
    for (let i = 0; i < 8; i += 1) {
      await post(ctx.app, user, "/api/v1/conversations", {
        date: daysAgo(16 - 2 * i),
        contactIds: [peers[i % 3]],
        smallTalkOnly: true,
        ...(i === 0 ? { followUp: { action: "Send Sam the article", dueOn: daysAgo(2) } } : {}),
      });
    }
  });

  it("raises the flags the article warns about, each with its severity", async () => {
    const body = await insights(user);
    expect(body.flags).toEqual([
      "SUPPORT_GROUP_HEAVY",
      "FEW_VENUE_KINDS",
      "BACK_ROOM_VOLUNTEERING",
      "RUT",
      "NOT_MENTIONING_SEARCH",
      "PITCH_STALE",
      "NO_ONE_ON_ONES",
      "OVERDUE_FOLLOW_UPS",
    ]);
    expect(statuses(body)).toEqual({ WHERE: "WARN", OPPORTUNITIES: "ALERT", CONVERSATIONS: "ALERT", ONE_ON_ONES: "WARN" });
    expect(body.healthScore).toBe(0);
  });

  it("names the evidence behind each finding", async () => {
    const body = await insights(user);
    const heavy = finding(body, "SUPPORT_GROUP_HEAVY")!;
    expect(heavy).toMatchObject({
      severity: "WARN",
      evidence: { supportGroupHours: 9, totalHours: 12, supportGroupShare: 0.75 },
    });
    expect([...(heavy.evidence.eventIds as string[])].sort()).toEqual([...supportEvents].sort());
    expect(finding(body, "RUT")).toMatchObject({
      severity: "ALERT",
      evidence: { conversations: 8, distinctPeople: 3, smallTalkOnly: 8 },
    });
    // The conversations behind the rut, each one of the user's own.
    const behindRut = finding(body, "RUT")!.evidence.conversationIds as string[];
    expect(behindRut).toHaveLength(8);
    for (const id of behindRut) await api().get(`/api/v1/conversations/${id}`).set(user.auth).expect(200);
    expect([...(finding(body, "PITCH_STALE")!.evidence.contactIds as string[])].sort()).toEqual([...peers].sort());
    expect(finding(body, "OVERDUE_FOLLOW_UPS")).toMatchObject({
      severity: "WARN",
      evidence: { overdueFollowUps: 1, oldestOverdueDays: 2 },
    });
    expect(finding(body, "BACK_ROOM_VOLUNTEERING")!.recommendation).toMatch(/front-facing|committee/);
  });

  it("counts the funnel and the hours per venue kind exactly", async () => {
    const body = await insights(user);
    expect(body.funnel).toEqual({
      hours: 12,
      newContacts: 3,
      conversations: 8,
      oneOnOnes: 0,
      leads: 0,
      interviews: 0,
      offers: 0,
    });
    expect(body.byVenueKind).toEqual([
      { kind: "JOBSEEKER_SUPPORT_GROUP", hours: 9, events: 4, newContacts: 3, leads: 0, leadsPerHour: 0 },
      { kind: "VOLUNTEERING", hours: 3, events: 1, newContacts: 0, leads: 0, leadsPerHour: 0 },
    ]);
    const sum = (key: string) => body.weekly.reduce((total: number, week: Record<string, number>) => total + week[key]!, 0);
    expect([sum("events"), sum("hours"), sum("newContacts"), sum("conversations")]).toEqual([5, 12, 3, 8]);
  });

  it("clears the follow-up flag once the follow-up is done", async () => {
    const [task] = (await api().get("/api/v1/tasks").query({ done: "false" }).set(user.auth).expect(200)).body.data;
    await api().patch(`/api/v1/tasks/${task.id}`).set(user.auth).send({ done: true }).expect(200);
    const body = await insights(user);
    expect(body.flags).not.toContain("OVERDUE_FOLLOW_UPS");
    expect(body.healthScore).toBe(0);
  });
});

describe("a jobseeker who branched out and gets leads", () => {
  let user: TestUser;

  beforeAll(async () => {
    user = await signUp(ctx.app);
    const business = await makeVenue(ctx.app, user, { name: "Chamber breakfast", kind: "BUSINESS_NETWORKING_GROUP" });
    const association = await makeVenue(ctx.app, user, { name: "Analytics society", kind: "PROFESSIONAL_ASSOCIATION" });
    const support = await makeVenue(ctx.app, user, { name: "Job club", kind: "JOBSEEKER_SUPPORT_GROUP" });
    const gala = await makeVenue(ctx.app, user, { name: "Food bank gala", kind: "VOLUNTEERING" });
    const breakfast1 = await makeEvent(ctx.app, user, { venueId: business.id, date: daysAgo(20), hours: 2 });
    const breakfast2 = await makeEvent(ctx.app, user, { venueId: business.id, date: daysAgo(6), hours: 2 });
    const society = await makeEvent(ctx.app, user, { venueId: association.id, date: daysAgo(13), hours: 3 });
    await makeEvent(ctx.app, user, { venueId: support.id, date: daysAgo(15), hours: 1 });
    const committee = await makeEvent(ctx.app, user, {
      venueId: gala.id,
      date: daysAgo(9),
      hours: 4,
      visibility: "WITH_LEADERSHIP",
    });
    const acme = await makeCompany(ctx.app, user, { name: "Acme", priority: 1 });

    const ida = await makeContact(ctx.app, user, {
      name: "Ida (office manager)",
      relationship: "INSIDER",
      companyId: acme.id,
      metAtEventId: breakfast1.id,
    });
    const carl = await makeContact(ctx.app, user, {
      name: "Carl (plumber)",
      relationship: "CONNECTOR",
      metAtEventId: society.id,
    });
    const hal = await makeContact(ctx.app, user, { name: "Hal", relationship: "HIRING_MANAGER", metAtEventId: committee.id });
    const rita = await makeContact(ctx.app, user, { name: "Rita", relationship: "RECRUITER", metAtEventId: breakfast2.id });

    const talk = (date: string, contactIds: string[], extra: object) =>
      post(ctx.app, user, "/api/v1/conversations", { date, contactIds, ...extra });
    const pitch = { mentionedJobSearch: true, explainedWhatIDo: true };
    await talk(daysAgo(20), [ida.id], { ...pitch, mentionedCompanyIds: [acme.id] });
    await talk(daysAgo(13), [carl.id], pitch);
    await talk(daysAgo(9), [hal.id], { ...pitch, mentionedCompanyIds: [acme.id] });
    await talk(daysAgo(6), [rita.id], pitch);
    await talk(daysAgo(4), [ida.id, carl.id], { mentionedJobSearch: true });
    await talk(daysAgo(2), [hal.id], { smallTalkOnly: true });

    const scheduled = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    await post(ctx.app, user, "/api/v1/meetings", { contactId: ida.id, status: "DONE", scheduledAt: scheduled(3) });
    await post(ctx.app, user, "/api/v1/meetings", { contactId: carl.id, status: "SCHEDULED", scheduledAt: scheduled(-3) });

    const referral = await post(ctx.app, user, "/api/v1/leads", {
      title: "Analyst at Acme",
      stage: "REFERRAL",
      companyId: acme.id,
      sourceContactId: ida.id,
    });
    await api().patch(`/api/v1/leads/${referral.id}`).set(user.auth).send({ stage: "INTERVIEW" }).expect(200);
    await post(ctx.app, user, "/api/v1/leads", { title: "Idea from Carl", stage: "IDEA", sourceContactId: carl.id });
    await post(ctx.app, user, "/api/v1/posts", { title: "What I learned from 50 dashboards", publishedOn: daysAgo(5) });
  });

  it("finds nothing wrong: every tip OK and a full health score", async () => {
    const body = await insights(user);
    expect(body.flags).toEqual([]);
    expect(statuses(body)).toEqual({ WHERE: "OK", OPPORTUNITIES: "OK", CONVERSATIONS: "OK", ONE_ON_ONES: "OK" });
    expect(body.healthScore).toBe(100);
  });

  it("counts the funnel from hours to interviews, and leads per hour by venue kind", async () => {
    const body = await insights(user);
    expect(body.funnel).toEqual({
      hours: 12,
      newContacts: 4,
      conversations: 6,
      oneOnOnes: 1,
      leads: 2,
      interviews: 1,
      offers: 0,
    });
    expect(body.byVenueKind).toEqual([
      { kind: "BUSINESS_NETWORKING_GROUP", hours: 4, events: 2, newContacts: 2, leads: 1, leadsPerHour: 0.25 },
      { kind: "VOLUNTEERING", hours: 4, events: 1, newContacts: 1, leads: 0, leadsPerHour: 0 },
      { kind: "PROFESSIONAL_ASSOCIATION", hours: 3, events: 1, newContacts: 1, leads: 1, leadsPerHour: 0.333 },
      { kind: "JOBSEEKER_SUPPORT_GROUP", hours: 1, events: 1, newContacts: 0, leads: 0, leadsPerHour: 0 },
    ]);
  });

  it("reports the metrics of each tip", async () => {
    const body = await insights(user);
    const metrics = Object.fromEntries(body.tips.map((tip: { tip: string; metrics: object }) => [tip.tip, tip.metrics]));
    expect(metrics.WHERE).toEqual({ totalHours: 12, supportGroupHours: 1, supportGroupShare: 0.083, venueKindsInPlay: 4 });
    expect(metrics.OPPORTUNITIES).toMatchObject({
      otherVenueKinds: 3,
      newVenuesTried: 4,
      insidersAndConnectorsMet: 2,
      targetCompanies: 1,
      targetCompaniesWithInsider: 1,
    });
    expect(metrics.CONVERSATIONS).toMatchObject({
      conversations: 6,
      distinctPeople: 4,
      mentionedJobSearchShare: 0.833,
      namedTargetCompanyShare: 0.333,
      smallTalkOnlyShare: 0.167,
      contactsNotHeardPitch90Days: 0,
      postsPublished: 1,
    });
    expect(metrics.ONE_ON_ONES).toMatchObject({
      oneOnOnesDone: 1,
      oneOnOnesScheduled: 1,
      newContacts: 4,
      newContactToOneOnOneRate: 0.5,
      overdueFollowUps: 0,
    });
  });

  it("measures this week against the plan's targets, which never change a status", async () => {
    await api()
      .put("/api/v1/plan")
      .set(user.auth)
      .send({ weeklyTargets: { events: 9, newContacts: 9, oneOnOnes: 9, conversationsMentioningSearchPct: 100 } })
      .expect(200);
    const body = await insights(user);
    expect(body.targets.events.target).toBe(9);
    const thisWeek = body.weekly.find((week: { weekStart: string }) => week.weekStart === body.targets.weekStart);
    expect(body.targets.events.actual).toBe(thisWeek.events);
    expect(body.targets.newContacts.actual).toBe(thisWeek.newContacts);
    expect(body.flags).toEqual([]);
  });

  it("narrows to a period with from/to", async () => {
    const body = await insights(user, { from: daysAgo(7), to: daysAgo(0) });
    expect(body.period).toEqual({ from: daysAgo(7), to: daysAgo(0) });
    expect(body.funnel).toMatchObject({ hours: 2, conversations: 3, oneOnOnes: 1 });
  });
});

describe("conversations moved, relinked or deleted", () => {
  // Who was talked to and which conversations named a company are read from
  // the link rows' copies of their conversation's owner and date (triggers).
  const conversationMetrics = async (user: TestUser) =>
    (await insights(user)).tips.find((tip: { tip: string }) => tip.tip === "CONVERSATIONS").metrics;

  it("follows a conversation's date, contacts and companies whatever is changed afterwards", async () => {
    const user = await signUp(ctx.app);
    const [ana, ben, cleo] = [
      await makeContact(ctx.app, user, { name: "Ana" }),
      await makeContact(ctx.app, user, { name: "Ben" }),
      await makeContact(ctx.app, user, { name: "Cleo" }),
    ];
    const acme = await makeCompany(ctx.app, user, { name: "Acme" });
    const recent = await post(ctx.app, user, "/api/v1/conversations", {
      date: daysAgo(3),
      contactIds: [ana.id, ben.id],
      mentionedCompanyIds: [acme.id],
    });
    const old = await post(ctx.app, user, "/api/v1/conversations", { date: daysAgo(60), contactIds: [cleo.id] });
    expect(await conversationMetrics(user)).toMatchObject({ conversations: 1, distinctPeople: 2, namedTargetCompanyShare: 1 });

    // The old conversation moves into the period; the recent one drops a contact and its company.
    await api()
      .patch(`/api/v1/conversations/${old.id}`)
      .set(user.auth)
      .send({ date: daysAgo(1) })
      .expect(200);
    await api()
      .patch(`/api/v1/conversations/${recent.id}`)
      .set(user.auth)
      .send({ contactIds: [ana.id], mentionedCompanyIds: [] })
      .expect(200);
    expect(await conversationMetrics(user)).toMatchObject({ conversations: 2, distinctPeople: 2, namedTargetCompanyShare: 0 });

    // Moved out of the period again, then deleted: nothing of it is left behind.
    await api()
      .patch(`/api/v1/conversations/${recent.id}`)
      .set(user.auth)
      .send({ date: daysAgo(45) })
      .expect(200);
    expect(await conversationMetrics(user)).toMatchObject({ conversations: 1, distinctPeople: 1 });
    await api().delete(`/api/v1/conversations/${old.id}`).set(user.auth).expect(204);
    expect(await conversationMetrics(user)).toMatchObject({ conversations: 0, distinctPeople: 0 });
  });

  it("overwrites a link row's owner and date with its conversation's, whatever the writer sent", async () => {
    const user = await signUp(ctx.app);
    const other = await signUp(ctx.app);
    const [first, contact] = [await makeContact(ctx.app, user), await makeContact(ctx.app, user)];
    const conversation = await post(ctx.app, user, "/api/v1/conversations", { date: daysAgo(2), contactIds: [first.id] });
    await ctx.app.db.conversationContact.create({
      data: { conversationId: conversation.id, contactId: contact.id, ownerId: other.user.id, date: new Date("2001-01-01") },
    });
    const row = await ctx.app.db.conversationContact.findFirstOrThrow({ where: { contactId: contact.id } });
    expect({ ownerId: row.ownerId, date: row.date?.toISOString().slice(0, 10) }).toEqual({
      ownerId: user.user.id,
      date: daysAgo(2),
    });
    expect(await conversationMetrics(user)).toMatchObject({ distinctPeople: 2 });
    expect(await conversationMetrics(other)).toMatchObject({ distinctPeople: 0 });
  });
});

describe("GET /api/v1/insights", () => {
  it("judges nothing for a new jobseeker: each tip says what it needs, no flags, no score", async () => {
    const user = await signUp(ctx.app);
    const body = await insights(user);
    expect(body.flags).toEqual([]);
    expect(body.healthScore).toBeNull();
    expect(body.healthBreakdown).toEqual([]);
    expect(body.tips.map((tip: { status: string; needs: object }) => [tip.status, tip.needs])).toEqual([
      ["NOT_ENOUGH_DATA", { eventHours: 3 }],
      ["NOT_ENOUGH_DATA", { events: 3 }],
      ["NOT_ENOUGH_DATA", { conversations: 5 }],
      ["NOT_ENOUGH_DATA", { newContacts: 3 }],
    ]);
    expect(body.lastActivityOn).toBeNull();
    expect(body.weekly.length).toBeGreaterThanOrEqual(4);
    expect(body.period.to).toBe(daysAgo(0));
    expect(body.period.from).toBe(daysAgo(27));
  });

  it.each([
    [{ from: "2026-02-30" }, ["from"]],
    [{ from: daysAgo(1), to: daysAgo(5) }, ["from"]],
    [{ from: "2020-01-01", to: "2026-01-01" }, ["from"]],
    [{ period: "month" }, ["period"]],
  ])("answers 400 naming the field for %o", async (query, fields) => {
    const user = await signUp(ctx.app);
    const response = await api().get("/api/v1/insights").query(query).set(user.auth).expect(400);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(fields);
  });

  it.each([
    ["the jobseeker", "JOBSEEKER", 200],
    ["a coach", "COACH", 403],
  ] as const)("answers %s with %i", async (_label, role, status) => {
    const user = await signUp(ctx.app, role);
    await api().get("/api/v1/insights").set(user.auth).expect(status);
  });

  it("answers 401 without a token or with a garbage one", async () => {
    await api().get("/api/v1/insights").expect(401);
    await api().get("/api/v1/insights").set("Authorization", "Bearer nope").expect(401);
  });

  it("documents its thresholds in the OpenAPI description", async () => {
    const { body } = await api().get("/api/v1/openapi.json").expect(200);
    const description: string = body.paths["/api/v1/insights"].get.description;
    for (const flag of ["SUPPORT_GROUP_HEAVY", "RUT", "PITCH_STALE", "STALLED"]) expect(description).toContain(flag);
    expect(description).toMatch(/more than 50 %/);
    for (const minimum of ["`eventHours` ≥ 3", "`events` ≥ 3", "`conversations` ≥ 5", "`newContacts` ≥ 3"])
      expect(description).toContain(minimum);
    expect(description).toMatch(/healthBreakdown/);
  });
});

describe("weeks in the user's time zone", () => {
  // Sunday 22 November 2026, 20:00 UTC is already Monday 23 November, 09:00 in Auckland.
  const mondayMorningInAuckland = new Date("2026-11-22T20:00:00.000Z");
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  let kiwi: TestUser;

  beforeAll(async () => {
    kiwi = await signUp(ctx.app);
    await ctx.app.db.user.update({ where: { id: kiwi.user.id }, data: { timezone: "Pacific/Auckland" } });
    const contact = await makeContact(ctx.app, kiwi, { name: "Mere" });
    await post(ctx.app, kiwi, "/api/v1/conversations", {
      date: "2026-11-23",
      contactIds: [contact.id],
      mentionedJobSearch: true,
    });
    // A one-on-one at 08:30 on that Monday in Auckland: still Sunday in UTC.
    await post(ctx.app, kiwi, "/api/v1/meetings", {
      contactId: contact.id,
      status: "DONE",
      scheduledAt: "2026-11-22T19:30:00.000Z",
    });
  });

  it("counts what a user in Pacific/Auckland logs on Monday morning in this week", async () => {
    const insights = await getInsights(ctx.app.insights, kiwi.user.id, {}, mondayMorningInAuckland);
    expect(insights.period).toEqual({ from: day("2026-10-27"), to: day("2026-11-23") });
    expect(insights.targets).toMatchObject({
      weekStart: day("2026-11-23"),
      oneOnOnes: { actual: 1 },
      conversationsMentioningSearchPct: { actual: 100 },
    });
    expect(insights.weekly.at(-1)).toMatchObject({ weekStart: day("2026-11-23"), conversations: 1, oneOnOnes: 1 });
    expect(insights.funnel).toMatchObject({ conversations: 1, oneOnOnes: 1 });
  });

  it("keeps the same instant in last week for a user in UTC, and never serves one time zone's answer to another", async () => {
    await ctx.app.db.user.update({ where: { id: kiwi.user.id }, data: { timezone: "UTC" } });
    const insights = await getInsights(ctx.app.insights, kiwi.user.id, {}, mondayMorningInAuckland);
    await ctx.app.db.user.update({ where: { id: kiwi.user.id }, data: { timezone: "Pacific/Auckland" } });
    expect(insights.period.to).toEqual(day("2026-11-22"));
    expect(insights.targets).toMatchObject({ weekStart: day("2026-11-16"), oneOnOnes: { actual: 1 } });
    // The conversation is dated tomorrow for this user: outside the period.
    expect(insights.funnel).toMatchObject({ conversations: 0, oneOnOnes: 1 });
    const again = await getInsights(ctx.app.insights, kiwi.user.id, {}, mondayMorningInAuckland);
    expect(again.targets.weekStart).toEqual(day("2026-11-23"));
  });
});

describe("contacts added through the contacts form", () => {
  it("count as new contacts on the day they were added, in this week's target too", async () => {
    const user = await signUp(ctx.app);
    const added = await makeContact(ctx.app, user, { name: "Robin" });
    expect(added.firstMetOn).toBe(daysAgo(0));
    await makeContact(ctx.app, user, { name: "From LinkedIn", tags: ["linkedin"] });
    const body = await insights(user);
    expect(body.funnel.newContacts).toBe(1);
    expect(body.targets.newContacts.actual).toBe(1);
    expect(body.weekly.at(-1).newContacts).toBe(1);
  });

  it("count from the earlier conversation when one is logged for a past day", async () => {
    const user = await signUp(ctx.app);
    const contact = await makeContact(ctx.app, user, { name: "Sky" });
    await post(ctx.app, user, "/api/v1/conversations", { date: daysAgo(40), contactIds: [contact.id] });
    const stored = await api().get(`/api/v1/contacts/${contact.id}`).set(user.auth).expect(200);
    expect(stored.body.firstMetOn).toBe(daysAgo(40));
    expect((await insights(user)).funnel.newContacts).toBe(0);
  });
});
