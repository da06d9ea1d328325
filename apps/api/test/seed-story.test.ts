/**
 * The demo story (prisma/seed/story.ts) seeded for a fresh jobseeker, read
 * back through the API as the dashboard would.
 */
import { EXPORT_RESOURCES, type TReview } from "@traction/schemas";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { CASELOAD, seedCaseload } from "../../../prisma/seed/caseload.ts";
import { seedStory } from "../../../prisma/seed/story.ts";
import { useTestApp } from "./helpers/app.ts";
import { daysAgo, listAll } from "./helpers/records.ts";
import { signUp, type TestUser } from "./helpers/users.ts";

/** A review as JSON (dates as text). */
type TReviewJson = Omit<TReview, "weekStart"> & { weekStart: string };

const ctx = useTestApp();
const api = () => request(ctx.app.server);
const NOW = new Date();
let dana: TestUser;

beforeAll(async () => {
  dana = await signUp(ctx.app, "JOBSEEKER", "Dana");
  await seedStory(ctx.app.db, dana.user.id, NOW);
});

const all = (path: string, query: Record<string, string> = {}) => listAll(ctx.app, dana, path, { limit: 100, ...query });

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** An export with every id replaced by the record's place in the export (`contacts#3`), the volatile fields dropped. */
async function canonicalExport(user: TestUser): Promise<string> {
  const { body } = await api().get("/api/v1/me/export").set(user.auth).expect(200);
  const names = new Map<string, string>([[body.plan.id, "plan"]]);
  for (const resource of [...EXPORT_RESOURCES, "reviews"]) {
    (body[resource] as Array<{ id: string }>).forEach((row, index) => names.set(row.id, `${resource}#${index}`));
  }
  const text = JSON.stringify({ ...body, exportedAt: null, user: null }).replace(UUID, (id) => names.get(id) ?? "#unknown-id");
  const document = JSON.parse(text);
  // Mentioned companies are a set: their order is not part of the story.
  for (const talk of document.conversations) talk.mentionedCompanyIds.sort();
  // So are the ids a review's findings give as evidence.
  for (const review of document.reviews) {
    for (const finding of review.snapshot.findings) {
      for (const value of Object.values(finding.evidence)) if (Array.isArray(value)) value.sort();
    }
  }
  return JSON.stringify(document);
}

describe("the demo story", () => {
  it("moves from support groups and the back room to business, professional and committee venues", async () => {
    const venues = await all("/api/v1/venues");
    expect(new Set(venues.map((venue) => venue.kind))).toEqual(
      new Set(["JOBSEEKER_SUPPORT_GROUP", "BUSINESS_NETWORKING_GROUP", "PROFESSIONAL_ASSOCIATION", "VOLUNTEERING", "MEETUP"]),
    );
    const events = (await all("/api/v1/events")).reverse();
    expect(events.every((event) => (event.date as string) >= daysAgo(56) && (event.date as string) <= daysAgo(0))).toBe(true);
    const visibility = events.filter((event) => event.visibility).map((event) => event.visibility);
    expect(visibility.slice(0, 2)).toEqual(["BEHIND_THE_SCENES", "BEHIND_THE_SCENES"]);
    expect(visibility.slice(2)).toContain("WITH_LEADERSHIP");
    expect(visibility.slice(2)).not.toContain("BEHIND_THE_SCENES");
  });

  it("has contacts of every relationship, with insiders and a connector tied to target companies", async () => {
    const contacts = await all("/api/v1/contacts");
    expect(new Set(contacts.map((contact) => contact.relationship))).toEqual(
      new Set(["HIRING_MANAGER", "INSIDER", "CONNECTOR", "RECRUITER", "PEER_JOBSEEKER", "FRIEND_FAMILY", "OTHER"]),
    );
    const ray = contacts.find((contact) => contact.relationship === "CONNECTOR");
    expect(ray).toMatchObject({ tags: expect.arrayContaining(["plumber"]) });
    const companies = await all("/api/v1/companies");
    expect(companies.filter((company) => (company.insiderCount as number) > 0).length).toBeGreaterThanOrEqual(2);
  });

  it("starts with small talk among the same few and moves to the search, target companies and the pitch", async () => {
    const talks = (await all("/api/v1/conversations")).reverse();
    const early = talks.filter((talk) => (talk.date as string) < daysAgo(34));
    const late = talks.filter((talk) => (talk.date as string) >= daysAgo(28));
    expect(early.every((talk) => talk.smallTalkOnly && !talk.mentionedJobSearch)).toBe(true);
    expect(new Set(early.flatMap((talk) => talk.contactIds as string[])).size).toBeLessThanOrEqual(5);
    expect(late.every((talk) => talk.mentionedJobSearch || talk.explainedWhatIDo)).toBe(true);
    expect(late.filter((talk) => (talk.mentionedCompanyIds as string[]).length > 0).length).toBeGreaterThan(late.length / 2);
  });

  it("has one-on-ones done, scheduled ahead, a no-show, and a lead that reached interview", async () => {
    const meetings = await all("/api/v1/meetings");
    const statuses = meetings.map((meeting) => meeting.status);
    expect(statuses).toEqual(expect.arrayContaining(["DONE", "SCHEDULED", "NO_SHOW"]));
    const scheduled = meetings.find((meeting) => meeting.status === "SCHEDULED")!;
    expect(Date.parse(scheduled.scheduledAt as string)).toBeGreaterThan(NOW.getTime());
    const interviews = await all("/api/v1/leads", { stage: "INTERVIEW" });
    expect(interviews).toHaveLength(1);
    const history = await ctx.app.db.leadStageChange.findMany({
      where: { leadId: interviews[0]!.id },
      orderBy: { changedAt: "asc" },
    });
    expect(history.map((change) => change.stage)).toEqual(["REFERRAL", "APPLIED", "INTERVIEW"]);
  });

  it("has exactly one overdue follow-up, a blog post and a plan with a pitch and targets", async () => {
    const overdue = await all("/api/v1/tasks", { done: "false", dueBefore: daysAgo(0) });
    expect(overdue).toHaveLength(1);
    const talks = await all("/api/v1/conversations");
    expect(talks.some((talk) => (talk.followUp as { taskId: string } | null)?.taskId === overdue[0]!.id)).toBe(true);
    expect(await all("/api/v1/posts")).toHaveLength(1);
    const plan = await api().get("/api/v1/plan").set(dana.auth).expect(200);
    expect(plan.body.pitch.length).toBeGreaterThan(100);
    expect(plan.body.weeklyTargets).toEqual({ events: 3, newContacts: 4, oneOnOnes: 1, conversationsMentioningSearchPct: 60 });
  });

  it("turns on a weekly review six weeks ago that changes where and how Dana networks and sets the plan's targets", async () => {
    const reviews = await all("/api/v1/reviews");
    expect(reviews).toHaveLength(1);
    const review = reviews[0] as unknown as TReviewJson;
    const monday = new Date(`${review.weekStart}T00:00:00.000Z`);
    expect(monday.getUTCDay()).toBe(1);
    expect(review.weekStart >= daysAgo(47) && review.weekStart <= daysAgo(41)).toBe(true);
    expect(new Set(review.adjustments.map((adjustment) => adjustment.area))).toEqual(
      new Set(["WHERE", "CONVERSATIONS", "ONE_ON_ONES", "TARGETS"]),
    );
    // Adjustments name only findings the week actually raised.
    for (const adjustment of review.adjustments) {
      if (adjustment.findingCode) expect(review.snapshot.flags).toContain(adjustment.findingCode);
    }
    // The week as it was: measured against the first, timid targets; nobody told about the search.
    expect(review.snapshot.targets.events.target).toBe(2);
    expect(review.snapshot.week.conversationsMentioningSearchPct).toBe(0);
    expect(review.snapshot.week.oneOnOnes).toBe(0);
    const plan = await api().get("/api/v1/plan").set(dana.auth).expect(200);
    expect(review.weeklyTargets).toEqual(plan.body.weeklyTargets);
  });

  it("shows the review's effect: more events and conversations, the search mentioned, one-on-ones and leads after it", async () => {
    const [review] = await all("/api/v1/reviews");
    const { body } = await api().get(`/api/v1/reviews/${review!.id}/effect`).set(dana.auth).expect(200);
    expect(body.before.weeks).toBeGreaterThanOrEqual(2);
    expect(body.after.weeks).toBe(4);
    const change = (metric: string) => body.changes.find((row: { metric: string }) => row.metric === metric);
    expect(change("conversationsMentioningSearchPct")).toMatchObject({ before: 0 });
    expect(change("conversationsMentioningSearchPct").after).toBeGreaterThanOrEqual(60);
    // Whatever today's weekday (it moves the weeks' edges by a few days), each of these went up.
    for (const metric of ["events", "hours", "conversations", "oneOnOnes", "leads"])
      expect(change(metric).change).toBeGreaterThan(0);
    expect(change("newContacts").after).toBeGreaterThanOrEqual(change("newContacts").before);
  });

  it("shows the turnaround in insights: first four weeks flagged, last four without those flags", async () => {
    const insights = async (from: string, to: string) =>
      (await api().get("/api/v1/insights").query({ from, to }).set(dana.auth).expect(200)).body.flags as string[];
    const before = await insights(daysAgo(56), daysAgo(29));
    expect(before).toEqual(expect.arrayContaining(["SUPPORT_GROUP_HEAVY", "BACK_ROOM_VOLUNTEERING", "RUT"]));
    const after = await insights(daysAgo(27), daysAgo(0));
    expect(after).not.toEqual(expect.arrayContaining(["SUPPORT_GROUP_HEAVY"]));
    expect(after).not.toContain("BACK_ROOM_VOLUNTEERING");
    expect(after).not.toContain("RUT");
    expect(after).toContain("OVERDUE_FOLLOW_UPS");
  });

  it("is deterministic: the same day seeds the same story", async () => {
    const twin = await signUp(ctx.app, "JOBSEEKER", "Dana's twin");
    await seedStory(ctx.app.db, twin.user.id, NOW);
    const twinStory = await canonicalExport(twin);
    expect(twinStory).not.toContain("#unknown-id");
    expect(twinStory).toBe(await canonicalExport(dana));
  });
});

describe("the demo coach's caseload", () => {
  let coach: TestUser;
  beforeAll(async () => {
    coach = await signUp(ctx.app, "COACH", "Casey Coach");
    const { passwordHash } = await ctx.app.db.user.findUniqueOrThrow({ where: { id: dana.user.id } });
    await seedCaseload(ctx.app.db, { coachId: coach.user.id, jobseekerId: dana.user.id, passwordHash }, NOW);
  });

  const roster = async () =>
    (await api().get("/api/v1/coach/clients").set(coach.auth).expect(200)).body.data as Array<{
      client: { id: string; name: string };
      healthScore: number | null;
      flags: string[];
    }>;

  it("shows six clients, each with a different set of flags, and the one doing well last", async () => {
    const entries = await roster();
    expect(entries.map((entry) => entry.client.name).sort()).toEqual(["Dana", ...CASELOAD.map((story) => story.name)].sort());
    const flagSets = entries.map((entry) => [...entry.flags].sort().join(","));
    expect(
      new Set(flagSets).size,
      JSON.stringify(entries.map((entry) => [entry.client.name, entry.healthScore, entry.flags])),
    ).toBe(6);
    const flagsOf = Object.fromEntries(entries.map((entry) => [entry.client.name, entry.flags]));
    expect(flagsOf["Rosa Martinez"]).toContain("SUPPORT_GROUP_HEAVY");
    expect(flagsOf["Ken Watanabe"]).toContain("RUT");
    expect(flagsOf["Amara Nwosu"]).toContain("NO_ONE_ON_ONES");
    expect(flagsOf["Nora Quinn"]).toEqual(expect.arrayContaining(["STALLED", "OVERDUE_FOLLOW_UPS"]));
    expect(flagsOf["Leo Fischer"]).toEqual([]);
    expect(entries.at(-1)!.client.name).toBe("Leo Fischer");
    // Only the one who went quiet is stalled.
    expect(entries.filter((entry) => entry.flags.includes("STALLED")).map((entry) => entry.client.name)).toEqual(["Nora Quinn"]);
  });

  it("lets a client sign in with the shared password and see the coach's comment and assignment", async () => {
    // The clients share the password hash they were given (here Dana's).
    const amara = await api().post("/api/v1/auth/login").send({ email: "amara@traction.dev", password: dana.password });
    expect(amara.status).toBe(200);
    const auth = { Authorization: `Bearer ${amara.body.accessToken as string}` };
    const tasks = await api().get("/api/v1/tasks").query({ done: "false" }).set(auth).expect(200);
    expect(tasks.body.data.some((task: { assignedById: string | null }) => task.assignedById === coach.user.id)).toBe(true);
    const comments = await api().get("/api/v1/comments").query({ clientId: amara.body.user.id }).set(auth).expect(200);
    expect(comments.body.data).toHaveLength(1);
    expect(comments.body.data[0]).toMatchObject({ subjectType: "WEEK", author: { id: coach.user.id } });
  });
});
