/**
 * The authorization matrix of invitations by email. The coach's routes
 * (`/coach/invites`): the inviting coach ("owner"), a coach linked to the
 * invited jobseeker, an unlinked coach, the invited jobseeker, another
 * jobseeker and no token. The jobseeker's answer (`/coach-invites/*`): only
 * the invited jobseeker; every other account 404 (coaches 403). API keys need
 * the `admin` scope.
 */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { linkCoach } from "../../../../../test/helpers/coaching.ts";
import { signUp, uniqueEmail, type TestUser } from "../../../../../test/helpers/users.ts";

// No mail worker: the test reads tokens from the outbox it fills.
const ctx = useTestApp({ INVITE_RATE_LIMIT_PER_EMAIL: "1000", INVITE_RATE_LIMIT_PER_COACH: "1000" });
const api = () => request(ctx.app.server);

const ACTORS = ["owner", "invited", "otherJobseeker", "linkedCoach", "unlinkedCoach", "noToken"] as const;
type Actor = (typeof ACTORS)[number];
let users: Record<Exclude<Actor, "noToken">, TestUser>;
const auth = (actor: Actor) => (actor === "noToken" ? {} : users[actor].auth);

beforeAll(async () => {
  const [owner, invited, otherJobseeker, linkedCoach, unlinkedCoach] = await Promise.all([
    signUp(ctx.app, "COACH", "Owner Coach"),
    signUp(ctx.app, "JOBSEEKER", "Invited Person"),
    signUp(ctx.app),
    signUp(ctx.app, "COACH"),
    signUp(ctx.app, "COACH"),
  ]);
  users = { owner, invited, otherJobseeker, linkedCoach, unlinkedCoach };
  await linkCoach(ctx.app, invited, linkedCoach);
});

/** A fresh invitation from the owner to the invited jobseeker: its id and the emailed token. */
async function freshInvite(): Promise<{ id: string; token: string }> {
  const created = await api().post("/api/v1/coach/invites").set(users.owner.auth).send({ email: users.invited.user.email });
  expect(created.status).toBe(201);
  const message = await ctx.app.db.emailMessage.findFirstOrThrow({
    where: { to: users.invited.user.email, kind: "COACH_INVITE" },
    orderBy: { createdAt: "desc" },
  });
  const token = /invitation\?token=([\w-]+)/.exec(message.text)![1]!;
  return { id: created.body.id, token };
}

const COACH_ROUTE = (ok: number): Record<Actor, number> => ({
  owner: ok,
  linkedCoach: ok,
  unlinkedCoach: ok,
  invited: 403,
  otherJobseeker: 403,
  noToken: 401,
});

describe("the coach's invitations", () => {
  it.each(ACTORS)("POST /coach/invites as %s", async (actor) => {
    const response = await api()
      .post("/api/v1/coach/invites")
      .set(auth(actor))
      .send({ email: uniqueEmail("matrix") });
    expect(response.status).toBe(COACH_ROUTE(201)[actor]);
  });

  it.each(ACTORS)("GET /coach/invites as %s sees only their own", async (actor) => {
    const { id } = await freshInvite();
    const response = await api().get("/api/v1/coach/invites").query({ limit: 100 }).set(auth(actor));
    expect(response.status).toBe(COACH_ROUTE(200)[actor]);
    if (response.status === 200) {
      const ids = response.body.data.map((row: { id: string }) => row.id);
      expect(ids.includes(id)).toBe(actor === "owner");
    }
    expect(JSON.stringify(response.body).includes(id)).toBe(actor === "owner");
  });

  it.each(ACTORS)("DELETE /coach/invites/:id as %s", async (actor) => {
    const { id, token } = await freshInvite();
    const response = await api().delete(`/api/v1/coach/invites/${id}`).set(auth(actor));
    expect(response.status).toBe({ ...COACH_ROUTE(404), owner: 204 }[actor]);
    // Only the owner's withdrawal stops the link.
    const preview = await api().post("/api/v1/coach-invites/preview").set(users.invited.auth).send({ token });
    expect(preview.status).toBe(actor === "owner" ? 404 : 200);
  });
});

const ANSWER: Record<Actor, number> = {
  owner: 403,
  linkedCoach: 403,
  unlinkedCoach: 403,
  invited: 200,
  otherJobseeker: 404,
  noToken: 401,
};

describe("answering an invitation", () => {
  it.each(ACTORS)("POST /coach-invites/preview as %s", async (actor) => {
    const { token } = await freshInvite();
    const response = await api().post("/api/v1/coach-invites/preview").set(auth(actor)).send({ token });
    expect(response.status).toBe(ANSWER[actor]);
    if (actor !== "invited") expect(JSON.stringify(response.body)).not.toContain("Owner Coach");
  });

  it.each(ACTORS)("POST /coach-invites/accept as %s", async (actor) => {
    const { id, token } = await freshInvite();
    const response = await api().post("/api/v1/coach-invites/accept").set(auth(actor)).send({ token });
    expect(response.status).toBe(ANSWER[actor]);
    const invite = await ctx.app.db.coachEmailInvite.findUniqueOrThrow({ where: { id } });
    expect(invite.status).toBe(actor === "invited" ? "ACCEPTED" : "PENDING");
    if (actor === "invited") {
      // End the link so the next rows start unlinked.
      await api().delete(`/api/v1/coaches/${response.body.id}`).set(users.invited.auth).expect(204);
    }
  });

  it.each(ACTORS)("POST /coach-invites/decline as %s", async (actor) => {
    const { id, token } = await freshInvite();
    const response = await api().post("/api/v1/coach-invites/decline").set(auth(actor)).send({ token });
    expect(response.status).toBe(actor === "invited" ? 204 : ANSWER[actor]);
    const invite = await ctx.app.db.coachEmailInvite.findUniqueOrThrow({ where: { id } });
    expect(invite.status).toBe(actor === "invited" ? "DECLINED" : "PENDING");
  });
});

describe("API keys", () => {
  it.each([
    ["write", 403],
    ["admin", 201],
  ] as const)("a coach's %s key inviting gets %i", async (scope, status) => {
    const key = await makeApiKey(ctx.app, users.owner, [scope]);
    const response = await api()
      .post("/api/v1/coach/invites")
      .set(key.auth)
      .send({ email: uniqueEmail("keyed") });
    expect(response.status).toBe(status);
  });

  it.each([
    ["read", 403],
    ["write", 403],
    ["admin", 200],
  ] as const)("the invited jobseeker's %s key accepting gets %i", async (scope, status) => {
    const { token } = await freshInvite();
    const key = await makeApiKey(ctx.app, users.invited, [scope]);
    const response = await api().post("/api/v1/coach-invites/accept").set(key.auth).send({ token });
    expect(response.status).toBe(status);
    if (status === 200) await api().delete(`/api/v1/coaches/${response.body.id}`).set(users.invited.auth).expect(204);
  });
});
