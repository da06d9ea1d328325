/**
 * Conversations per owner and day (migration insights_conversation_days),
 * kept by triggers whatever writes: after creating, editing, moving, deleting
 * and merging through the API, a bulk insert in SQL, folding (also two folds
 * at once), a change of time zone and the account's deletion, the folded
 * days plus the pending changes equal the conversations counted afresh, and
 * the insights route says the same.
 */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../test/helpers/app.ts";
import { daysAgo, makeContact, makeConversation } from "../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../test/helpers/users.ts";
import { foldConversationDays } from "./data-versions.ts";

const context = useTestApp();
const api = () => request(context.app.server);

interface Day {
  day: string;
  conversations: number;
  mentioned: number;
  smallTalk: number;
}

/** The rollup: folded rows and pending changes, summed per day (days that sum to nothing left out). */
async function rolledUp(ownerId: string): Promise<Day[]> {
  return context.app.db.$queryRaw<Day[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, SUM(conversations)::int AS conversations,
      SUM("mentionedSearch")::int AS mentioned, SUM("smallTalkOnly")::int AS "smallTalk"
    FROM (SELECT day, conversations, "mentionedSearch", "smallTalkOnly" FROM "ConversationDay" WHERE "ownerId" = ${ownerId}::uuid
          UNION ALL
          SELECT day, conversations, "mentionedSearch", "smallTalkOnly" FROM "ConversationDayChange" WHERE "ownerId" = ${ownerId}::uuid) d
    GROUP BY day HAVING SUM(conversations) <> 0 OR SUM("mentionedSearch") <> 0 OR SUM("smallTalkOnly") <> 0
    ORDER BY day`;
}

/** The conversations themselves, counted. */
async function counted(ownerId: string): Promise<Day[]> {
  return context.app.db.$queryRaw<Day[]>`
    SELECT to_char(date, 'YYYY-MM-DD') AS day, COUNT(*)::int AS conversations,
      COUNT(*) FILTER (WHERE "mentionedJobSearch")::int AS mentioned, COUNT(*) FILTER (WHERE "smallTalkOnly")::int AS "smallTalk"
    FROM "Conversation" WHERE "ownerId" = ${ownerId}::uuid GROUP BY date ORDER BY date`;
}

async function expectInStep(user: TestUser): Promise<void> {
  const expected = await counted(user.user.id);
  expect(await rolledUp(user.user.id)).toEqual(expected);
  // And what the user reads: 28 days of conversations, as counted.
  const { body } = await api().get("/api/v1/insights").set(user.auth).expect(200);
  const recent = expected.filter((day) => day.day >= daysAgo(27) && day.day <= daysAgo(0));
  expect(body.funnel.conversations).toBe(recent.reduce((sum, day) => sum + day.conversations, 0));
}

describe("conversations per day", () => {
  let user: TestUser;
  let other: TestUser;

  beforeAll(async () => {
    user = await signUp(context.app);
    other = await signUp(context.app);
  });

  it("follows creating, editing, moving and deleting through the API", async () => {
    const first = await makeConversation(context.app, user, { date: daysAgo(3), mentionedJobSearch: true });
    await makeConversation(context.app, user, { date: daysAgo(3), smallTalkOnly: true });
    await makeConversation(context.app, user, { date: daysAgo(10) });
    await makeConversation(context.app, other, { date: daysAgo(3) });
    await expectInStep(user);
    expect((await rolledUp(user.user.id)).find((day) => day.day === daysAgo(3))).toEqual({
      day: daysAgo(3),
      conversations: 2,
      mentioned: 1,
      smallTalk: 1,
    });

    await api().patch(`/api/v1/conversations/${first.id}`).set(user.auth).send({ notes: "Only the notes" }).expect(200);
    const pending = await context.app.db.conversationDayChange.count({ where: { ownerId: user.user.id } });
    await expectInStep(user);
    await api()
      .patch(`/api/v1/conversations/${first.id}`)
      .set(user.auth)
      .send({ date: daysAgo(40), mentionedJobSearch: false, smallTalkOnly: true })
      .expect(200);
    // An edit of the notes alone appends nothing; the move appends the day it left and the day it reached.
    expect(await context.app.db.conversationDayChange.count({ where: { ownerId: user.user.id } })).toBe(pending + 2);
    await expectInStep(user);

    await api().delete(`/api/v1/conversations/${first.id}`).set(user.auth).expect(204);
    await expectInStep(user);
    expect(await rolledUp(other.user.id)).toEqual(await counted(other.user.id));
  });

  it("follows a merge of two contacts, a bulk insert and the folds, two at once included", async () => {
    const keep = await makeContact(context.app, user, { name: "Kim Keep" });
    const dup = await makeContact(context.app, user, { name: "Kim Keep (work)" });
    await makeConversation(context.app, user, { date: daysAgo(5), contactIds: [keep.id, dup.id] });
    await makeConversation(context.app, user, { date: daysAgo(6), contactIds: [dup.id] });
    await api().post(`/api/v1/contacts/${keep.id}/merge`).set(user.auth).send({ sourceId: dup.id }).expect(200);
    await expectInStep(user);

    await context.app.db.$executeRaw`
      INSERT INTO "Conversation" ("ownerId", date, "mentionedJobSearch", "smallTalkOnly", "updatedAt")
      SELECT ${user.user.id}::uuid, current_date - (i % 9), i % 2 = 0, i % 5 = 0, now() FROM generate_series(1, 200) i`;
    await expectInStep(user);

    const [a, b] = await Promise.all([foldConversationDays(context.app.db), foldConversationDays(context.app.db)]);
    expect(a + b).toBeGreaterThan(0);
    expect(await context.app.db.conversationDayChange.count({ where: { ownerId: user.user.id } })).toBe(0);
    await expectInStep(user);
    // Nothing left to fold: the sums do not move.
    await foldConversationDays(context.app.db);
    await expectInStep(user);
  });

  it("does not move with the owner's time zone (a conversation's date is already their day)", async () => {
    const before = await rolledUp(user.user.id);
    await api().patch("/api/v1/me").set(user.auth).send({ timezone: "Pacific/Kiritimati" }).expect(200);
    expect(await rolledUp(user.user.id)).toEqual(before);
    await expectInStep(user);
  });

  it("goes with the account", async () => {
    const leaving = await signUp(context.app);
    await makeConversation(context.app, leaving, { date: daysAgo(1) });
    await foldConversationDays(context.app.db);
    await makeConversation(context.app, leaving, { date: daysAgo(2) });
    expect(await rolledUp(leaving.user.id)).toHaveLength(2);
    await context.app.db.user.delete({ where: { id: leaving.user.id } });
    expect(await rolledUp(leaving.user.id)).toEqual([]);
    expect(await foldConversationDays(context.app.db)).toBeGreaterThanOrEqual(0);
  });
});
