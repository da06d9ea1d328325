import { createHash } from "node:crypto";
import ICAL from "ical.js";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../../../app.ts";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { daysAgo, makeContact, makeMeeting, makeTask } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

async function createFeed(user: TestUser): Promise<string> {
  const response = await api().post("/api/v1/calendar-feed").set(user.auth).expect(201);
  return new URL(response.body.url).pathname;
}

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

describe("calendar feed", () => {
  it("lists scheduled one-on-ones and open follow-ups, and nothing else, without an Authorization header", async () => {
    const [owner, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
    const zoe = await makeContact(ctx.app, owner, { name: "Zoë Plumber, Jr.; Esq." });
    const at = inDays(3);
    at.setUTCMinutes(30, 0, 0);
    const scheduled = await makeMeeting(ctx.app, owner, {
      contactId: zoe.id,
      scheduledAt: at.toISOString(),
      location: "Café Central",
      agenda: "Her clients\nOffice staff at Acme, Inc.",
    });
    const due = await makeTask(ctx.app, owner, { title: "Send the article", dueOn: daysAgo(-5), contactId: zoe.id });
    // Not in the feed: proposed, done or unscheduled meetings; done or undated tasks; another user's records.
    await makeMeeting(ctx.app, owner, { contactId: zoe.id, status: "PROPOSED", scheduledAt: inDays(4).toISOString() });
    await makeMeeting(ctx.app, owner, { contactId: zoe.id, status: "DONE", scheduledAt: inDays(-1).toISOString() });
    // A scheduled meeting without a time can no longer be written through the API; older rows may still have none.
    await ctx.app.db.meeting.create({ data: { ownerId: owner.user.id, contactId: zoe.id, status: "SCHEDULED" } });
    await makeTask(ctx.app, owner, { title: "Done already", dueOn: daysAgo(-1), done: true });
    await makeTask(ctx.app, owner, { title: "Someday" });
    await makeMeeting(ctx.app, other, { scheduledAt: inDays(2).toISOString() });
    await makeTask(ctx.app, other, { title: "Not mine", dueOn: daysAgo(-2) });

    const path = await createFeed(owner);
    expect(path).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await api().get(path).expect(200);
    expect(response.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.text).toMatch(/^BEGIN:VCALENDAR\r\n/);

    const [meeting, task, ...rest] = events(response.text);
    expect(rest).toEqual([]);
    expect(meeting!.uid).toBe(`meeting-${scheduled.id}@traction`);
    expect(meeting!.summary).toBe("One-on-one with Zoë Plumber, Jr.; Esq.");
    expect(meeting!.location).toBe("Café Central");
    expect(meeting!.description).toBe("Her clients\nOffice staff at Acme, Inc.");
    expect(meeting!.startDate.toJSDate().toISOString()).toBe(at.toISOString());
    expect(task!.uid).toBe(`task-${due.id}@traction`);
    expect(task!.summary).toBe("Follow up: Send the article (Zoë Plumber, Jr.; Esq.)");
    expect(task!.startDate.isDate).toBe(true);
    expect(task!.startDate.toString()).toBe(daysAgo(-5));
  });

  it("is stored only as a hash; rotating kills the old URL, revoking kills the feed", async () => {
    const owner = await signUp(ctx.app);
    const first = await createFeed(owner);
    const secret = first
      .split("/")
      .pop()!
      .replace(/\.ics$/, "");
    const row = await ctx.app.db.calendarFeed.findUniqueOrThrow({ where: { userId: owner.user.id } });
    expect(row.secretHash).toBe(createHash("sha256").update(secret).digest("hex"));

    await api().get(first).expect(200);
    const status = await api().get("/api/v1/calendar-feed").set(owner.auth).expect(200);
    expect(status.body.lastFetchedAt).not.toBeNull();

    const second = await createFeed(owner);
    expect(second).not.toBe(first);
    await api().get(first).expect(404);
    await api().get(second).expect(200);

    await api().delete("/api/v1/calendar-feed").set(owner.auth).expect(204);
    await api().get(second).expect(404);
    await api().get("/api/v1/calendar-feed").set(owner.auth).expect(404);
    await api().delete("/api/v1/calendar-feed").set(owner.auth).expect(404);
  });

  it("answers 404 for an unknown secret and 400 for something that is not a feed address", async () => {
    await api()
      .get(`/api/v1/calendar/${"a".repeat(43)}.ics`)
      .expect(404);
    await api().get("/api/v1/calendar/short.ics").expect(400);
  });

  it("is managed by a signed-in jobseeker only: not by an API key, nor a coach, nor anonymously", async () => {
    const [owner, coach] = await Promise.all([signUp(ctx.app), signUp(ctx.app, "COACH")]);
    const { auth } = await makeApiKey(ctx.app, owner, ["read", "write"]);
    await api().post("/api/v1/calendar-feed").set(auth).expect(403);
    await api().get("/api/v1/calendar-feed").set(auth).expect(403);
    await api().post("/api/v1/calendar-feed").set(coach.auth).expect(403);
    await api().post("/api/v1/calendar-feed").expect(401);
    expect(await ctx.app.db.calendarFeed.count({ where: { userId: { in: [owner.user.id, coach.user.id] } } })).toBe(0);
  });
});

describe("calendar feed address", () => {
  it("starts with PUBLIC_URL when it is set, and the feed answers there", async () => {
    const app = await buildApp({ ...ctx.config, PUBLIC_URL: "https://traction.example.org/" });
    await app.ready();
    try {
      const owner = await signUp(app);
      const { body } = await request(app.server).post("/api/v1/calendar-feed").set(owner.auth).expect(201);
      expect(body.url).toMatch(/^https:\/\/traction\.example\.org\/api\/v1\/calendar\/[^/]+\.ics$/);
      await request(app.server).get(new URL(body.url).pathname).expect(200);
    } finally {
      await app.close();
    }
  });

  it("falls back to the address the request came to", async () => {
    const owner = await signUp(ctx.app);
    const { body } = await api().post("/api/v1/calendar-feed").set(owner.auth).set("Host", "feeds.local:8080").expect(201);
    expect(body.url).toMatch(/^http:\/\/feeds\.local:8080\/api\/v1\/calendar\//);
  });
});
