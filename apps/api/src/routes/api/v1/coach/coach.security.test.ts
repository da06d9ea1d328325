/**
 * The authorization matrix of every `/coach/*` route: a linked coach, a coach
 * never linked, a coach whose link the client revoked, one who ended it, the
 * client, another jobseeker and no token. A coach without an active link gets
 * 404 for everything about the client and never sees their data.
 */
import type { Response } from "supertest";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { inviteCode, linkCoach, revokeLink } from "../../../../../test/helpers/coaching.ts";
import { makeEverything } from "../../../../../test/helpers/account.ts";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

const ACTORS = ["linkedCoach", "unlinkedCoach", "revokedCoach", "endedCoach", "client", "otherJobseeker", "noToken"] as const;
type Actor = (typeof ACTORS)[number];
type Users = Record<Exclude<Actor, "noToken">, TestUser>;

let users: Users;
const auth = (actor: Actor) => (actor === "noToken" ? {} : users[actor].auth);
/** One record of each resource, owned by the client. */
const recordIds: Record<string, string> = {};

const RECORDS = ["venues", "events", "contacts", "conversations", "meetings", "companies", "leads", "tasks", "posts"] as const;

beforeAll(async () => {
  const [client, otherJobseeker, linkedCoach, unlinkedCoach, revokedCoach, endedCoach] = await Promise.all([
    signUp(ctx.app, "JOBSEEKER", "Casey Matrix"),
    signUp(ctx.app),
    signUp(ctx.app, "COACH"),
    signUp(ctx.app, "COACH"),
    signUp(ctx.app, "COACH"),
    signUp(ctx.app, "COACH"),
  ]);
  users = { client, otherJobseeker, linkedCoach, unlinkedCoach, revokedCoach, endedCoach };
  const everything = await makeEverything(ctx.app, client);
  for (const resource of RECORDS) recordIds[resource] = everything.ids[resource]![0]!;

  await linkCoach(ctx.app, client, linkedCoach);
  await revokeLink(ctx.app, client, await linkCoach(ctx.app, client, revokedCoach));
  const endedLink = await linkCoach(ctx.app, client, endedCoach);
  await api().delete(`/api/v1/coach/links/${endedLink}`).set(endedCoach.auth).expect(204);
});

/** What each actor gets on a route about the client. */
const ABOUT_CLIENT = (ok: number): Record<Actor, number> => ({
  linkedCoach: ok,
  unlinkedCoach: 404,
  revokedCoach: 404,
  endedCoach: 404,
  client: 403,
  otherJobseeker: 403,
  noToken: 401,
});
const ANY_COACH = (ok: number): Record<Actor, number> => ({
  linkedCoach: ok,
  unlinkedCoach: ok,
  revokedCoach: ok,
  endedCoach: ok,
  client: 403,
  otherJobseeker: 403,
  noToken: 401,
});

const each = <Route extends { name: string }>(routes: Route[]) =>
  routes.flatMap((route) => ACTORS.map((actor) => [route.name, actor, route] as const));

const base = () => `/api/v1/coach/clients/${users.client.user.id}`;

function expectNoClientData(actor: Actor, response: Response) {
  if (actor === "linkedCoach") return;
  const text = JSON.stringify(response.body);
  expect(text).not.toContain("Casey Matrix");
  for (const id of Object.values(recordIds)) expect(text).not.toContain(id);
}

describe("reading a client's data", () => {
  const reads = [
    ...RECORDS.map((resource) => ({ name: `GET ${resource}`, path: () => `/${resource}`, shows: () => recordIds[resource]! })),
    ...RECORDS.map((resource) => ({
      name: `GET ${resource}/:id`,
      path: () => `/${resource}/${recordIds[resource]}`,
      shows: () => recordIds[resource]!,
    })),
    { name: "GET plan", path: () => "/plan", shows: () => "weeklyTargets" },
    { name: "GET insights", path: () => "/insights", shows: () => "healthScore" },
    { name: "GET target-suggestions", path: () => "/target-suggestions", shows: () => "nextCursor" },
  ];

  it.each(each(reads))("%s as %s", async (_name, actor, route) => {
    const response = await api().get(`${base()}${route.path()}`).set(auth(actor));
    expect(response.status).toBe(ABOUT_CLIENT(200)[actor]);
    if (response.status === 200) expect(JSON.stringify(response.body)).toContain(route.shows());
    expectNoClientData(actor, response);
  });

  it.each(ACTORS)("GET the roster as %s", async (actor) => {
    const response = await api().get("/api/v1/coach/clients").query({ limit: 100 }).set(auth(actor));
    expect(response.status).toBe(ANY_COACH(200)[actor]);
    if (response.status === 200) {
      const clients = response.body.data.map((entry: { client: { id: string } }) => entry.client.id);
      expect(clients.includes(users.client.user.id)).toBe(actor === "linkedCoach");
    }
  });

  it.each(ACTORS)("GET one client's entry as %s", async (actor) => {
    const response = await api().get(base()).set(auth(actor));
    expect(response.status).toBe(ABOUT_CLIENT(200)[actor]);
    if (response.status === 200) expect(response.body.client).toEqual({ id: users.client.user.id, name: "Casey Matrix" });
    expectNoClientData(actor, response);
  });

  it.each([
    ["the linked coach's read key", "linkedCoach", ["read"], 200],
    ["the linked coach's write key", "linkedCoach", ["write"], 200],
    ["an unlinked coach's read key", "unlinkedCoach", ["read"], 404],
    ["the client's read key", "client", ["read"], 403],
    ["the client's write key", "client", ["write"], 403],
  ] as const)("GET one client's entry and the roster with %s", async (_name, owner, scopes, expected) => {
    const key = await makeApiKey(ctx.app, users[owner], [...scopes]);
    const entry = await api().get(base()).set(key.auth);
    expect(entry.status).toBe(expected);
    expectNoClientData(expected === 200 ? "linkedCoach" : "unlinkedCoach", entry);
    const roster = await api().get("/api/v1/coach/clients").set(key.auth);
    expect(roster.status).toBe(owner === "client" ? 403 : 200);
    if (roster.status === 200) {
      const ids = roster.body.data.map((row: { client: { id: string } }) => row.client.id);
      expect(ids.includes(users.client.user.id)).toBe(owner === "linkedCoach");
    }
  });

  it.each(ACTORS)("a malformed client id is a plain 404 (or the role's answer) as %s", async (actor) => {
    const response = await api().get("/api/v1/coach/clients/not-a-uuid/events").set(auth(actor));
    expect(response.status).toBe(ABOUT_CLIENT(404)[actor]);
  });
});

describe("writing to a client", () => {
  const countTasks = () => ctx.app.db.task.count({ where: { ownerId: users.client.user.id } });
  const countSuggestions = () => ctx.app.db.targetSuggestion.count({ where: { clientId: users.client.user.id } });
  const writes = [
    { name: "POST tasks (assignment)", path: "/tasks", body: { title: "Book two coffees" }, count: countTasks },
    {
      name: "POST target-suggestions",
      path: "/target-suggestions",
      body: { weeklyTargets: { events: 3, newContacts: 6, oneOnOnes: 2, conversationsMentioningSearchPct: 60 } },
      count: countSuggestions,
    },
  ];

  it.each(each(writes))("%s as %s", async (_name, actor, route) => {
    const before = await route.count();
    const response = await api().post(`${base()}${route.path}`).set(auth(actor)).send(route.body);
    expect(response.status).toBe(ABOUT_CLIENT(201)[actor]);
    expect(await route.count()).toBe(before + (actor === "linkedCoach" ? 1 : 0));
    expectNoClientData(actor, response);
  });

  it.each(each(writes))("%s with an invalid body as %s: the link is checked before the body", async (_name, actor, route) => {
    const response = await api().post(`${base()}${route.path}`).set(auth(actor)).send({ nonsense: true });
    expect(response.status).toBe(ABOUT_CLIENT(400)[actor]);
  });

  // Every write to a record but one: POST tasks, a coach's assignment.
  const recordWrites = RECORDS.flatMap((resource) =>
    ["POST", "PATCH", "DELETE"].map((method) => [resource, method] as const),
  ).filter(([resource, method]) => !(resource === "tasks" && method === "POST"));

  it.each(recordWrites)(
    "a linked coach cannot %s with %s: there is no such route, and the record is unchanged",
    async (resource, method) => {
      const id = recordIds[resource]!;
      const path = method === "POST" ? `${base()}/${resource}` : `${base()}/${resource}/${id}`;
      const before = await api().get(`/api/v1/${resource}/${id}`).set(users.client.auth).expect(200);
      const verb = method.toLowerCase() as "post" | "patch" | "delete";
      const response = await api()[verb](path).set(users.linkedCoach.auth).send({ title: "x", name: "x", notes: "x" });
      expect(response.status).toBe(404);
      const after = await api().get(`/api/v1/${resource}/${id}`).set(users.client.auth).expect(200);
      expect(after.body).toEqual(before.body);
    },
  );
});

describe("links", () => {
  it.each(ACTORS)("POST /coach/links as %s", async (actor) => {
    const code = await inviteCode(ctx.app, await signUp(ctx.app));
    const response = await api().post("/api/v1/coach/links").set(auth(actor)).send({ code });
    expect(response.status).toBe(ANY_COACH(201)[actor]);
  });

  it.each(ACTORS)("DELETE /coach/links/:linkId (the linked coach's link) as %s", async (actor) => {
    const someone = await signUp(ctx.app);
    const linkId = await linkCoach(ctx.app, someone, users.linkedCoach);
    const response = await api().delete(`/api/v1/coach/links/${linkId}`).set(auth(actor));
    expect(response.status).toBe(ABOUT_CLIENT(204)[actor]);
    const link = await ctx.app.db.coachLink.findUniqueOrThrow({ where: { id: linkId } });
    expect(link.status).toBe(actor === "linkedCoach" ? "ENDED" : "ACTIVE");
  });
});

describe("the jobseeker's side of coaching is jobseeker-only", () => {
  const ONLY_CLIENT = (ok: number, other: number): Record<Actor, number> => ({
    linkedCoach: 403,
    unlinkedCoach: 403,
    revokedCoach: 403,
    endedCoach: 403,
    client: ok,
    otherJobseeker: other,
    noToken: 401,
  });
  /** A fresh link and suggestion of the client's for each destructive case. */
  async function freshLinkAndSuggestion() {
    const coach = await signUp(ctx.app, "COACH");
    const linkId = await linkCoach(ctx.app, users.client, coach);
    const suggestion = await request(ctx.app.server)
      .post(`/api/v1/coach/clients/${users.client.user.id}/target-suggestions`)
      .set(coach.auth)
      .send({ weeklyTargets: { events: 1, newContacts: 1, oneOnOnes: 1, conversationsMentioningSearchPct: 10 } })
      .expect(201);
    return { linkId, suggestionId: suggestion.body.id as string };
  }
  const routes = [
    { name: "POST /coach-invites", send: (_: Fixture) => api().post("/api/v1/coach-invites"), expected: ONLY_CLIENT(201, 201) },
    { name: "GET /coaches", send: (_: Fixture) => api().get("/api/v1/coaches"), expected: ONLY_CLIENT(200, 200) },
    {
      name: "DELETE /coaches/:linkId",
      send: (f: Fixture) => api().delete(`/api/v1/coaches/${f.linkId}`),
      expected: ONLY_CLIENT(204, 404),
    },
    {
      name: "GET /target-suggestions",
      send: (_: Fixture) => api().get("/api/v1/target-suggestions"),
      expected: ONLY_CLIENT(200, 200),
    },
    {
      name: "POST /target-suggestions/:id/accept",
      send: (f: Fixture) => api().post(`/api/v1/target-suggestions/${f.suggestionId}/accept`),
      expected: ONLY_CLIENT(200, 404),
    },
    {
      name: "POST /target-suggestions/:id/decline",
      send: (f: Fixture) => api().post(`/api/v1/target-suggestions/${f.suggestionId}/decline`),
      expected: ONLY_CLIENT(200, 404),
    },
    { name: "GET /me/access-log", send: (_: Fixture) => api().get("/api/v1/me/access-log"), expected: ONLY_CLIENT(200, 200) },
  ];
  type Fixture = Awaited<ReturnType<typeof freshLinkAndSuggestion>>;

  it.each(each(routes))("%s as %s", async (_name, actor, route) => {
    const fixture = await freshLinkAndSuggestion();
    const response = await route.send(fixture).set(auth(actor));
    expect(response.status).toBe(route.expected[actor]);
    const link = await ctx.app.db.coachLink.findUniqueOrThrow({ where: { id: fixture.linkId } });
    expect(link.status).toBe(route.name.startsWith("DELETE") && actor === "client" ? "REVOKED" : "ACTIVE");
    const suggestion = await ctx.app.db.targetSuggestion.findUniqueOrThrow({ where: { id: fixture.suggestionId } });
    expect(suggestion.status === "PROPOSED").toBe(!(route.name.includes("/target-suggestions/:id/") && actor === "client"));
  });
});
