import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { inviteCode, linkCoach, revokeLink } from "../../../../../test/helpers/coaching.ts";
import { makeEvent } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";
import { hashInviteCode } from "../../../../services/coaching/invite-code.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
const redeem = (coach: TestUser, code: string) => api().post("/api/v1/coach/links").set(coach.auth).send({ code });
const inviteRow = (code: string) => ctx.app.db.coachInvite.findUniqueOrThrow({ where: { codeHash: hashInviteCode(code) } });

let client: TestUser;
let coach: TestUser;

beforeAll(async () => {
  [client, coach] = await Promise.all([signUp(ctx.app, "JOBSEEKER", "Casey Client"), signUp(ctx.app, "COACH", "Cora Coach")]);
});

describe("invite codes", () => {
  it("gives a random code valid for 7 days, stored only as a hash", async () => {
    const before = Date.now();
    const first = await api().post("/api/v1/coach-invites").set(client.auth).expect(201);
    const second = await api().post("/api/v1/coach-invites").set(client.auth).expect(201);
    expect(first.body).toEqual({
      code: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
      expiresAt: expect.any(String),
    });
    expect(second.body.code).not.toBe(first.body.code);
    const expiresIn = new Date(first.body.expiresAt).getTime() - before;
    expect(expiresIn).toBeGreaterThanOrEqual(7 * 86_400_000 - 1000);
    expect(expiresIn).toBeLessThanOrEqual(7 * 86_400_000 + 5000);

    const row = await inviteRow(first.body.code);
    expect(row).toMatchObject({ jobseekerId: client.user.id, usedAt: null });
    expect(JSON.stringify(row)).not.toContain(first.body.code.replaceAll("-", ""));
    expect(JSON.stringify(row)).not.toContain(first.body.code);
  });

  it("links the coach who redeems it, as the client typed it (case, spaces and dashes do not matter)", async () => {
    const [me, them] = await Promise.all([signUp(ctx.app, "JOBSEEKER", "Robin Reyes"), signUp(ctx.app, "COACH")]);
    const code = await inviteCode(ctx.app, me);
    const typed = ` ${code.replaceAll("-", " ").toLowerCase()} `;
    const response = await redeem(them, typed).expect(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      client: { id: me.user.id, name: "Robin Reyes" },
      status: "ACTIVE",
      createdAt: expect.any(String),
    });
    expect((await inviteRow(code)).usedAt).toBeInstanceOf(Date);
  });

  const notFound = { status: 404, title: expect.any(String), detail: "Invite code not found", type: expect.any(String) };

  it("answers a wrong, a used and an expired code alike, so nobody can tell which codes exist", async () => {
    const [other, otherCoach] = await Promise.all([signUp(ctx.app), signUp(ctx.app, "COACH")]);
    const used = await inviteCode(ctx.app, other);
    await redeem(otherCoach, used).expect(201);
    const expired = await inviteCode(ctx.app, other);
    await ctx.app.db.coachInvite.update({
      where: { codeHash: hashInviteCode(expired) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    const answers = await Promise.all(
      ["ZZZZ-ZZZZ-ZZZZ", used, expired, "not a code at all"].map(async (code) => {
        const response = await redeem(coach, code);
        return { status: response.status, body: response.body };
      }),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject(notFound);
    }
    expect(new Set(answers.map((answer) => JSON.stringify({ ...answer.body, instance: undefined }))).size).toBe(1);
    // Nothing was linked by any of them.
    expect(await ctx.app.db.coachLink.count({ where: { coachId: coach.user.id, clientId: other.user.id } })).toBe(0);
  });

  it("works once: a second coach redeeming the same code gets the same 404", async () => {
    const [me, first, second] = await Promise.all([signUp(ctx.app), signUp(ctx.app, "COACH"), signUp(ctx.app, "COACH")]);
    const code = await inviteCode(ctx.app, me);
    const [a, b] = await Promise.all([redeem(first, code), redeem(second, code)]);
    expect([a.status, b.status].sort()).toEqual([201, 404]);
    expect(await ctx.app.db.coachLink.count({ where: { clientId: me.user.id } })).toBe(1);
  });

  it("refuses a jobseeker redeeming a code (403) and leaves the code usable", async () => {
    const [me, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
    const code = await inviteCode(ctx.app, me);
    const response = await redeem(other, code).expect(403);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect((await inviteRow(code)).usedAt).toBeNull();
    await redeem(coach, code).expect(201);
  });

  it("answers 409 to a coach already linked to the client and leaves the code unused", async () => {
    const me = await signUp(ctx.app);
    await linkCoach(ctx.app, me, coach);
    const code = await inviteCode(ctx.app, me);
    await redeem(coach, code).expect(409);
    expect((await inviteRow(code)).usedAt).toBeNull();
  });

  it("rejects an empty code and unknown fields (400)", async () => {
    const response = await api()
      .post("/api/v1/coach/links")
      .set(coach.auth)
      .send({ code: "", clientId: client.user.id })
      .expect(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(["clientId", "code"]);
  });
});

describe("a jobseeker's coaches", () => {
  it("lists several coaches, current and past, newest first, with their email", async () => {
    const me = await signUp(ctx.app);
    const [first, second] = await Promise.all([
      signUp(ctx.app, "COACH", "First Coach"),
      signUp(ctx.app, "COACH", "Second Coach"),
    ]);
    const firstLink = await linkCoach(ctx.app, me, first);
    const secondLink = await linkCoach(ctx.app, me, second);
    await revokeLink(ctx.app, me, firstLink);

    const response = await api().get("/api/v1/coaches").set(me.auth).expect(200);
    expect(response.body).toEqual({
      data: [
        {
          id: secondLink,
          coach: { id: second.user.id, name: "Second Coach", email: second.user.email },
          status: "ACTIVE",
          createdAt: expect.any(String),
          endedAt: null,
        },
        {
          id: firstLink,
          coach: { id: first.user.id, name: "First Coach", email: first.user.email },
          status: "REVOKED",
          createdAt: expect.any(String),
          endedAt: expect.any(String),
        },
      ],
      nextCursor: null,
    });
    const active = await api().get("/api/v1/coaches").query({ status: "ACTIVE" }).set(me.auth).expect(200);
    expect(active.body.data.map((row: { id: string }) => row.id)).toEqual([secondLink]);
    const paged = await api().get("/api/v1/coaches").query({ limit: 1 }).set(me.auth).expect(200);
    expect(paged.body.data).toHaveLength(1);
    const next = await api().get("/api/v1/coaches").query({ limit: 1, cursor: paged.body.nextCursor }).set(me.auth).expect(200);
    expect(next.body).toMatchObject({ data: [{ id: firstLink }], nextCursor: null });
  });

  it("revokes at once: the coach's very next request about the client is a 404", async () => {
    const me = await signUp(ctx.app);
    const event = await makeEvent(ctx.app, me);
    const linkId = await linkCoach(ctx.app, me, coach);
    await api().get(`/api/v1/coach/clients/${me.user.id}/events/${event.id}`).set(coach.auth).expect(200);
    await revokeLink(ctx.app, me, linkId);
    await api().get(`/api/v1/coach/clients/${me.user.id}/events/${event.id}`).set(coach.auth).expect(404);
    const roster = await api().get("/api/v1/coach/clients").query({ limit: 100 }).set(coach.auth).expect(200);
    expect(roster.body.data.map((entry: { client: { id: string } }) => entry.client.id)).not.toContain(me.user.id);
    // Revoking again changes nothing; another client's link is not theirs to revoke.
    await api().delete(`/api/v1/coaches/${linkId}`).set(me.auth).expect(204);
    await api().delete(`/api/v1/coaches/${linkId}`).set(client.auth).expect(404);
  });

  it("lets the coach end a link (ENDED), and lets the client link the same coach again later", async () => {
    const me = await signUp(ctx.app);
    const linkId = await linkCoach(ctx.app, me, coach);
    await api().delete(`/api/v1/coach/links/${linkId}`).set(coach.auth).expect(204);
    await api().get(`/api/v1/coach/clients/${me.user.id}/plan`).set(coach.auth).expect(404);
    const again = await linkCoach(ctx.app, me, coach);
    await api().get(`/api/v1/coach/clients/${me.user.id}/plan`).set(coach.auth).expect(200);
    const mine = await api().get("/api/v1/coaches").set(me.auth).expect(200);
    expect(mine.body.data.map((row: { id: string; status: string }) => [row.id, row.status])).toEqual([
      [again, "ACTIVE"],
      [linkId, "ENDED"],
    ]);
  });

  it("keeps at most one active link per coach and client in the database itself", async () => {
    const me = await signUp(ctx.app);
    await linkCoach(ctx.app, me, coach);
    await expect(ctx.app.db.coachLink.create({ data: { coachId: coach.user.id, clientId: me.user.id } })).rejects.toMatchObject({
      code: "P2002",
    });
  });
});
