/**
 * Monday's digest and the daily reminders over a real SMTP path. Each test
 * drives the scheduled job with its own "now" (`app.mail.runScheduled(now)`),
 * so the clock is the test's; what arrived at the in-process SMTP server is
 * read back and compared with the API's own answers.
 */
import type { ParsedMail } from "mailparser";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { linkCoach } from "../../../../test/helpers/coaching.ts";
import { makeContact, makeConversation, makeEvent, makeMeeting, post } from "../../../../test/helpers/records.ts";
import { linkIn, useMailingTestApp, type TestSmtp } from "../../../../test/helpers/smtp.ts";
import { signUp, type TestUser } from "../../../../test/helpers/users.ts";

const { context, smtp: server } = useMailingTestApp();
let smtp: TestSmtp;
beforeAll(() => {
  smtp = server();
});
const api = () => request(context.app.server);

async function userIn(timezone: string, role: "JOBSEEKER" | "COACH" = "JOBSEEKER", name?: string): Promise<TestUser> {
  const user = await signUp(context.app, role, name);
  await api().patch("/api/v1/me").set(user.auth).send({ timezone }).expect(200);
  return user;
}

/** A header as sent (mailparser folds the List-* headers into one object). */
function header(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((entry) => entry.key === name.toLowerCase())?.line;
  return line?.slice(line.indexOf(":") + 1).trim();
}

const digests = (user: TestUser) => context.app.db.emailMessage.count({ where: { userId: user.user.id, kind: "WEEKLY_DIGEST" } });
const isDigest = (mail: ParsedMail) =>
  (mail.subject ?? "").startsWith("Your week of") || (mail.subject ?? "").startsWith("Your roster");

describe("the weekly digest", () => {
  it("gives a jobseeker last week against targets with the same numbers as GET /insights for that week", async () => {
    const user = await userIn("Europe/Paris", "JOBSEEKER", "Dana Digest");
    await makeEvent(context.app, user, { date: "2026-11-25", hours: 2 });
    await makeConversation(context.app, user, { date: "2026-11-26", mentionedJobSearch: true });
    await makeConversation(context.app, user, { date: "2026-11-27" });
    await post(context.app, user, "/api/v1/tasks", { title: "Call Pat back", dueOn: "2026-12-02" });
    await post(context.app, user, "/api/v1/tasks", { title: "Next month's thing", dueOn: "2026-12-20" });

    // Monday 30 November 2026, 08:30 in Paris.
    await context.app.mail.runScheduled(new Date("2026-11-30T07:30:00Z"));
    const mail = await smtp.waitFor(user.user.email, isDigest);

    const insights = await api()
      .get("/api/v1/insights")
      .query({ from: "2026-11-23", to: "2026-11-29" })
      .set(user.auth)
      .expect(200);
    const { targets } = insights.body;
    expect(targets.weekStart).toBe("2026-11-23");
    expect(targets.events.actual).toBe(1);
    expect(mail.subject).toMatch(/^Your week of Mon 23 Nov: \d of 4 targets met$/);
    const text = mail.text ?? "";
    expect(text).toContain(`Events: ${targets.events.actual} of ${targets.events.target}`);
    expect(text).toContain(`New contacts: ${targets.newContacts.actual} of ${targets.newContacts.target}`);
    expect(text).toContain(`One-on-ones: ${targets.oneOnOnes.actual} of ${targets.oneOnOnes.target}`);
    const pct = targets.conversationsMentioningSearchPct;
    expect(pct.actual).toBe(50);
    expect(text).toContain(`Conversations mentioning your search: ${pct.actual}% of ${pct.target}%`);
    if (insights.body.healthScore !== null) expect(text).toContain(`Health score over the four weeks to Sunday`);
    const findings = insights.body.tips.flatMap((tip: { findings: Array<{ message: string }> }) => tip.findings);
    if (findings.length > 0) expect(text).toContain("Top finding: ");
    else expect(text).toContain("No findings last week");
    expect(text).toContain("Call Pat back (due Wed 2 Dec)");
    expect(text).not.toContain("Next month's thing");
    expect(linkIn(mail, "/reviews/new").searchParams.get("week")).toBe("2026-11-23");
    expect(mail.html).toContain("Write last week&#39;s review");
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
  });

  it("reaches a time zone east of UTC on its own Monday morning, not before, and nobody else's Sunday", async () => {
    const auckland = await userIn("Pacific/Auckland");
    const losAngeles = await userIn("America/Los_Angeles");
    // Monday 06:30 in Auckland (UTC+13): not yet morning.
    await context.app.mail.runScheduled(new Date("2026-12-06T17:30:00Z"));
    expect(await digests(auckland)).toBe(0);
    // Monday 08:00 in Auckland, still Sunday 7 December 2026 in UTC and Sunday in Los Angeles.
    await context.app.mail.runScheduled(new Date("2026-12-06T19:00:00Z"));
    const mail = await smtp.waitFor(auckland.user.email, isDigest);
    expect(mail.subject).toMatch(/^Your week of Mon 30 Nov/);
    expect(await digests(losAngeles)).toBe(0);
  });

  it("an unsubscribe link turns the digest off without signing in", async () => {
    const user = await userIn("UTC");
    await context.app.mail.runScheduled(new Date("2026-12-07T08:00:00Z"));
    const mail = await smtp.waitFor(user.user.email, isDigest);
    const url = new URL(header(mail, "List-Unsubscribe")!.replace(/^<|>$/g, ""));
    expect(mail.text).toContain(url.href);
    await api().post(`${url.pathname}${url.search}`).type("form").send("List-Unsubscribe=One-Click").expect(200);
    const settings = await api().get("/api/v1/me/notifications").set(user.auth).expect(200);
    expect(settings.body).toEqual({ weeklyDigest: false, reminders: true });
    await context.app.mail.runScheduled(new Date("2026-12-14T08:00:00Z"));
    expect(await digests(user)).toBe(1);
  });

  it("sends once when the job runs twice at the same time, and again", async () => {
    const users = await Promise.all([userIn("UTC"), userIn("UTC"), userIn("Europe/Berlin")]);
    const now = new Date("2026-12-21T09:00:00Z");
    await Promise.all([context.app.mail.runScheduled(now), context.app.mail.runScheduled(now)]);
    await context.app.mail.runScheduled(now);
    for (const user of users) {
      expect(await digests(user)).toBe(1);
      await smtp.waitFor(user.user.email, isDigest);
    }
    const claims = await context.app.db.scheduledEmail.findMany({ where: { userId: { in: users.map((user) => user.user.id) } } });
    expect(claims.map((claim) => claim.day.toISOString().slice(0, 10))).toEqual(["2026-12-21", "2026-12-21", "2026-12-21"]);
  });

  it("gives a coach their roster's changes: who is quiet and who skipped last week's review", async () => {
    const coach = await userIn("UTC", "COACH", "Casey Coach");
    const quiet = await userIn("UTC", "JOBSEEKER", "Quinn Quiet");
    const busy = await userIn("UTC", "JOBSEEKER", "Bo Busy");
    await linkCoach(context.app, quiet, coach);
    await linkCoach(context.app, busy, coach);
    await makeEvent(context.app, busy, { date: "2026-11-25" });
    await post(context.app, busy, "/api/v1/reviews", { weekStart: "2026-11-23", wentWell: "Two coffees" });

    await context.app.mail.runScheduled(new Date("2026-11-30T08:00:00Z"));
    const mail = await smtp.waitFor(coach.user.email, isDigest);
    expect(mail.subject).toBe("Your roster: 0 fell, 1 quiet, 1 skipped their review");
    const text = mail.text ?? "";
    expect(text).toContain("Who is quiet (nothing logged last week) (1):\n  - Quinn Quiet (nothing logged yet)");
    expect(text).toContain("Who skipped last week's review (1):\n  - Quinn Quiet");
    expect(text).not.toContain("Bo Busy");
  });
});

describe("reminders", () => {
  it("one email a day with the follow-ups due today and tomorrow's one-on-ones, in the user's time zone", async () => {
    const user = await userIn("Asia/Tokyo");
    await makeConversation(context.app, user, {
      date: "2026-11-28",
      followUp: { action: "Send the thank-you note", dueOn: "2026-12-02" },
    });
    await post(context.app, user, "/api/v1/tasks", { title: "Not today", dueOn: "2026-12-03" });
    const pat = await makeContact(context.app, user, { name: "Pat Plumber" });
    // 10:00 on 3 December in Tokyo.
    await makeMeeting(context.app, user, { contactId: pat.id, scheduledAt: "2026-12-03T01:00:00Z", location: "Cafe Blue" });
    const offUser = await userIn("Asia/Tokyo");
    await api().put("/api/v1/me/notifications").set(offUser.auth).send({ weeklyDigest: true, reminders: false }).expect(200);
    await post(context.app, offUser, "/api/v1/tasks", { title: "Due but muted", dueOn: "2026-12-02" });

    // 09:30 on Wednesday 2 December in Tokyo (still 1 December in UTC).
    const now = new Date("2026-12-02T00:30:00Z");
    await Promise.all([context.app.mail.runScheduled(now), context.app.mail.runScheduled(now)]);
    const mail = await smtp.waitFor(user.user.email, (message) => (message.subject ?? "").startsWith("Today:"));
    expect(mail.subject).toBe("Today: 1 follow-up due today, 1 one-on-one tomorrow");
    expect(mail.text).toContain("Send the thank-you note");
    expect(mail.text).toContain("10:00 with Pat Plumber, Cafe Blue");
    expect(mail.text).not.toContain("Not today");
    expect(header(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");

    await context.app.mail.runScheduled(new Date("2026-12-02T05:00:00Z"));
    const reminders = (target: TestUser) =>
      context.app.db.emailMessage.count({ where: { userId: target.user.id, kind: "REMINDERS" } });
    expect(await reminders(user)).toBe(1);
    expect(await reminders(offUser)).toBe(0);
  });
});
