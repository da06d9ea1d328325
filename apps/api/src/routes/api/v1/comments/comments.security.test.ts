/** Who may read, write, edit and delete a client's comments: the matrix over every kind of caller. */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { linkCoach, revokeLink } from "../../../../../test/helpers/coaching.ts";
import { makeEvent } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

const ACTORS = ["linkedCoach", "unlinkedCoach", "revokedCoach", "client", "otherJobseeker", "noToken"] as const;
type Actor = (typeof ACTORS)[number];
let users: Record<Exclude<Actor, "noToken">, TestUser>;
let eventId: string;
const auth = (actor: Actor) => (actor === "noToken" ? {} : users[actor].auth);

beforeAll(async () => {
  const [client, otherJobseeker, linkedCoach, unlinkedCoach, revokedCoach] = await Promise.all([
    signUp(ctx.app),
    signUp(ctx.app),
    signUp(ctx.app, "COACH"),
    signUp(ctx.app, "COACH"),
    signUp(ctx.app, "COACH"),
  ]);
  users = { client, otherJobseeker, linkedCoach, unlinkedCoach, revokedCoach };
  eventId = (await makeEvent(ctx.app, client)).id;
  await linkCoach(ctx.app, client, linkedCoach);
  await revokeLink(ctx.app, client, await linkCoach(ctx.app, client, revokedCoach));
});

const thread = () => ({ clientId: users.client.user.id, subjectType: "EVENT", subjectId: eventId });
/** A comment by the linked coach. */
async function coachComment(): Promise<string> {
  const response = await api()
    .post("/api/v1/comments")
    .set(users.linkedCoach.auth)
    .send({ ...thread(), body: "Who did you meet?" })
    .expect(201);
  return response.body.id;
}
const bodyOf = async (id: string) => (await ctx.app.db.comment.findUnique({ where: { id } }))?.body;

describe("authorization: comments", () => {
  it.each(ACTORS)("GET /comments?clientId= as %s", async (actor) => {
    const id = await coachComment();
    const response = await api().get("/api/v1/comments").query(thread()).set(auth(actor));
    const expected = { linkedCoach: 200, unlinkedCoach: 404, revokedCoach: 404, client: 200, otherJobseeker: 404, noToken: 401 };
    expect(response.status).toBe(expected[actor]);
    expect(JSON.stringify(response.body).includes(id)).toBe(response.status === 200);
  });

  it.each(ACTORS)("POST /comments as %s", async (actor) => {
    const before = await ctx.app.db.comment.count();
    const response = await api()
      .post("/api/v1/comments")
      .set(auth(actor))
      .send({ ...thread(), body: "Nice one" });
    const expected = { linkedCoach: 201, unlinkedCoach: 404, revokedCoach: 404, client: 201, otherJobseeker: 404, noToken: 401 };
    expect(response.status).toBe(expected[actor]);
    expect(await ctx.app.db.comment.count()).toBe(before + (response.status === 201 ? 1 : 0));
  });

  it.each(ACTORS)("PATCH /comments/:id (the coach's) as %s", async (actor) => {
    const id = await coachComment();
    const response = await api().patch(`/api/v1/comments/${id}`).set(auth(actor)).send({ body: "Edited" });
    const expected = { linkedCoach: 200, unlinkedCoach: 404, revokedCoach: 404, client: 403, otherJobseeker: 404, noToken: 401 };
    expect(response.status).toBe(expected[actor]);
    expect(await bodyOf(id)).toBe(actor === "linkedCoach" ? "Edited" : "Who did you meet?");
  });

  it.each(ACTORS)("DELETE /comments/:id (the coach's) as %s", async (actor) => {
    const id = await coachComment();
    const response = await api().delete(`/api/v1/comments/${id}`).set(auth(actor));
    const expected = { linkedCoach: 204, unlinkedCoach: 404, revokedCoach: 404, client: 403, otherJobseeker: 404, noToken: 401 };
    expect(response.status).toBe(expected[actor]);
    expect(await bodyOf(id)).toBe(actor === "linkedCoach" ? undefined : "Who did you meet?");
  });
});
