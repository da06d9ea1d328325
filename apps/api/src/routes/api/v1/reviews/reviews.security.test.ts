/**
 * The authorization matrix of the weekly reviews: every route × the owner,
 * another jobseeker, a linked coach, an unlinked coach, no token, a bad token
 * and the owner's read and write API keys. Reviews are the jobseeker's own
 * (a coach gets 403 on `/reviews`, whoever they are); a linked coach reads them
 * only under `/coach/clients/:clientId/reviews`.
 */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { makeApiKey, type TestApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { linkCoach } from "../../../../../test/helpers/coaching.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

const ACTORS = [
  "owner",
  "otherJobseeker",
  "linkedCoach",
  "unlinkedCoach",
  "noToken",
  "garbageToken",
  "readKey",
  "writeKey",
] as const;
type Actor = (typeof ACTORS)[number];

let users: Record<"owner" | "otherJobseeker" | "linkedCoach" | "unlinkedCoach", TestUser>;
let keys: Record<"readKey" | "writeKey", TestApiKey>;

function auth(actor: Actor): Record<string, string> {
  if (actor === "noToken") return {};
  if (actor === "garbageToken") return { Authorization: "Bearer not.a.token" };
  if (actor === "readKey" || actor === "writeKey") return keys[actor].auth;
  return users[actor].auth;
}

const DAY_MS = 86_400_000;
let weeksBack = 0;
/** A fresh Monday for each review made here (one review per week). */
function nextMonday(): string {
  weeksBack += 1;
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
  const monday = today.getTime() - (((today.getUTCDay() + 6) % 7) + 7 * weeksBack) * DAY_MS;
  return new Date(monday).toISOString().slice(0, 10);
}

async function ownersReview(): Promise<string> {
  const response = await api()
    .post("/api/v1/reviews")
    .set(users.owner.auth)
    .send({ weekStart: nextMonday(), wentWell: "The owner's words", adjustments: [{ area: "WHERE", note: "Owner's plan" }] });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

beforeAll(async () => {
  const [owner, otherJobseeker, linkedCoach, unlinkedCoach] = await Promise.all([
    signUp(ctx.app, "JOBSEEKER", "Owner Reviewer"),
    signUp(ctx.app),
    signUp(ctx.app, "COACH"),
    signUp(ctx.app, "COACH"),
  ]);
  users = { owner, otherJobseeker, linkedCoach, unlinkedCoach };
  await linkCoach(ctx.app, owner, linkedCoach);
  keys = {
    readKey: await makeApiKey(ctx.app, owner, ["read"]),
    writeKey: await makeApiKey(ctx.app, owner, ["write"]),
  };
});

/** The owner's answer `ok` for everyone acting as the owner; what everyone else gets on `/reviews`. */
const OWN = (ok: number, other: number, readKey = ok): Record<Actor, number> => ({
  owner: ok,
  otherJobseeker: other,
  linkedCoach: 403,
  unlinkedCoach: 403,
  noToken: 401,
  garbageToken: 401,
  readKey,
  writeKey: ok,
});
const ACTS_AS_OWNER = new Set<Actor>(["owner", "readKey", "writeKey"]);
const WRITES_AS_OWNER = new Set<Actor>(["owner", "writeKey"]);

describe("authorization: /api/v1/reviews", () => {
  it.each(ACTORS)("GET the list as %s shows only the caller's own reviews", async (actor) => {
    const id = await ownersReview();
    const response = await api().get("/api/v1/reviews").query({ limit: 100 }).set(auth(actor));
    expect(response.status).toBe(OWN(200, 200)[actor]);
    if (response.status === 200) {
      expect(response.body.data.some((row: { id: string }) => row.id === id)).toBe(ACTS_AS_OWNER.has(actor));
    }
  });

  it.each(ACTORS)("POST as %s", async (actor) => {
    const before = await ctx.app.db.review.count();
    const response = await api().post("/api/v1/reviews").set(auth(actor)).send({ weekStart: nextMonday() });
    expect(response.status).toBe(OWN(201, 201, 403)[actor]);
    expect(await ctx.app.db.review.count()).toBe(before + (response.status === 201 ? 1 : 0));
    if (response.status === 201) {
      const ownerId = actor === "otherJobseeker" ? users.otherJobseeker.user.id : users.owner.user.id;
      expect(await ctx.app.db.review.count({ where: { id: response.body.id, ownerId } })).toBe(1);
    }
  });

  it.each(ACTORS)("GET one and its effect as %s", async (actor) => {
    const id = await ownersReview();
    for (const path of [`/api/v1/reviews/${id}`, `/api/v1/reviews/${id}/effect`]) {
      const response = await api().get(path).set(auth(actor));
      expect(response.status).toBe(OWN(200, 404)[actor]);
      if (!ACTS_AS_OWNER.has(actor)) expect(JSON.stringify(response.body)).not.toContain("The owner's words");
    }
  });

  it.each(ACTORS)("PATCH as %s", async (actor) => {
    const id = await ownersReview();
    const response = await api()
      .patch(`/api/v1/reviews/${id}`)
      .set(auth(actor))
      .send({ wentWell: `set by ${actor}` });
    expect(response.status).toBe(OWN(200, 404, 403)[actor]);
    const stored = await ctx.app.db.review.findUniqueOrThrow({ where: { id } });
    expect(stored.wentWell).toBe(WRITES_AS_OWNER.has(actor) ? `set by ${actor}` : "The owner's words");
  });

  it.each(ACTORS)("DELETE as %s", async (actor) => {
    const id = await ownersReview();
    const response = await api().delete(`/api/v1/reviews/${id}`).set(auth(actor));
    expect(response.status).toBe(OWN(204, 404, 403)[actor]);
    expect(await ctx.app.db.review.count({ where: { id } })).toBe(WRITES_AS_OWNER.has(actor) ? 0 : 1);
  });
});

/** A route about the client: only the linked coach reads it; jobseekers (and their keys) get 403; other coaches 404. */
const ABOUT_CLIENT: Record<Actor, number> = {
  owner: 403,
  otherJobseeker: 403,
  linkedCoach: 200,
  unlinkedCoach: 404,
  noToken: 401,
  garbageToken: 401,
  readKey: 403,
  writeKey: 403,
};

describe("authorization: /api/v1/coach/clients/:clientId/reviews", () => {
  it.each(ACTORS)("GET the list, one review and its effect as %s", async (actor) => {
    const id = await ownersReview();
    const base = `/api/v1/coach/clients/${users.owner.user.id}/reviews`;
    for (const [path, shows] of [
      [base, "The owner's words"],
      [`${base}/${id}`, "The owner's words"],
      [`${base}/${id}/effect`, id],
    ] as const) {
      const response = await api().get(path).set(auth(actor));
      expect(response.status).toBe(ABOUT_CLIENT[actor]);
      expect(JSON.stringify(response.body).includes(shows)).toBe(actor === "linkedCoach");
    }
  });

  it.each(ACTORS)("no one writes through the coach's read-only view (%s)", async (actor) => {
    const id = await ownersReview();
    const base = `/api/v1/coach/clients/${users.owner.user.id}/reviews`;
    const created = await api().post(base).set(auth(actor)).send({ weekStart: nextMonday() });
    const patched = await api().patch(`${base}/${id}`).set(auth(actor)).send({ wentWell: "coach" });
    const deleted = await api().delete(`${base}/${id}`).set(auth(actor));
    for (const response of [created, patched, deleted]) expect(response.status).toBeGreaterThanOrEqual(400);
    const stored = await ctx.app.db.review.findUniqueOrThrow({ where: { id } });
    expect(stored.wentWell).toBe("The owner's words");
  });

  it("an unlinked coach cannot comment on the client's review, a linked one can", async () => {
    const id = await ownersReview();
    const body = { clientId: users.owner.user.id, subjectType: "REVIEW", subjectId: id, body: "Nice week" };
    await api().post("/api/v1/comments").set(users.unlinkedCoach.auth).send(body).expect(404);
    await api().post("/api/v1/comments").set(users.otherJobseeker.auth).send(body).expect(404);
    await api().post("/api/v1/comments").set(users.linkedCoach.auth).send(body).expect(201);
  });
});
