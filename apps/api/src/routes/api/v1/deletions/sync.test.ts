/**
 * The integrator conventions: Idempotency-Key on every creating POST (with
 * Idempotent-Replayed), Location on 201, ETag and If-Match (412), updatedSince
 * on record lists, and GET /deletions from the tombstone triggers.
 */
import request from "supertest";
import { describe, expect, it } from "vitest";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { inviteCode, linkCoach } from "../../../../../test/helpers/coaching.ts";
import { daysAgo, listAll, makeCompany, makeContact, makeEvent, makeVenue } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

const replay = (path: string, user: TestUser, key: string, body?: object) => {
  const call = api().post(path).set(user.auth).set("Idempotency-Key", key);
  return body === undefined ? call.send() : call.send(body);
};

/** How many rows of a table a user owns (by the given owner column). */
const countRows = async (table: string, column: string, ownerId: string) => {
  const [row] = await ctx.app.db.$queryRawUnsafe<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1::uuid`,
    ownerId,
  );
  return row!.n;
};

describe("Idempotency-Key on every creating POST", () => {
  it.each([
    ["/api/v1/contacts", { name: "Ada" }, "Contact", "ownerId"],
    ["/api/v1/api-keys", { name: "CI", scopes: ["read"] }, "ApiKey", "userId"],
    [
      "/api/v1/webhooks",
      { url: "http://127.0.0.1:9/hook", events: ["lead.created"] },
      "Webhook",
      "ownerId",
      { events: ["contact.created"] },
    ],
    ["/api/v1/coach-invites", undefined, "CoachInvite", "jobseekerId"],
    ["/api/v1/calendar-feed", undefined, "CalendarFeed", "userId"],
  ] as const)(
    "%s: a replay returns the first answer with Idempotent-Replayed and creates one row",
    async (path, body, table, column, change?: object) => {
      const owner = await signUp(ctx.app);
      const first = await replay(path, owner, "key-1", body).expect(201);
      expect(first.headers["idempotent-replayed"]).toBeUndefined();
      const again = await replay(path, owner, "key-1", body).expect(201);
      expect(again.headers["idempotent-replayed"]).toBe("true");
      expect(again.body).toEqual(first.body);
      expect(again.headers.location).toBe(first.headers.location);
      expect(await countRows(table, column, owner.user.id)).toBe(1);
      // Without the key, or with another, a new one.
      await replay(path, owner, "key-2", body).expect(201);
      if (body !== undefined) {
        const clash = await replay(path, owner, "key-1", { ...body, ...(change ?? { name: "Changed" }) }).expect(409);
        expect(clash.headers["content-type"]).toMatch(/^application\/problem\+json/);
      }
    },
  );

  it("keep the replay copy of a secret sealed: the stored response never holds the API key", async () => {
    const owner = await signUp(ctx.app);
    const created = await replay("/api/v1/api-keys", owner, "sealed", { name: "CI", scopes: ["write"] }).expect(201);
    const [stored] = await ctx.app.db.$queryRaw<Array<{ body: string }>>`
      SELECT "responseBody"::text AS body FROM "IdempotencyKey" WHERE "ownerId" = ${owner.user.id}::uuid`;
    expect(stored!.body).not.toContain(created.body.key);
    expect(stored!.body).toMatch(/"sealed"/);
    // The replayed key works.
    const again = await replay("/api/v1/api-keys", owner, "sealed", { name: "CI", scopes: ["write"] }).expect(201);
    await api()
      .get("/api/v1/venues")
      .set({ Authorization: `Bearer ${again.body.key}` })
      .expect(200);
  });

  it("registration: the same request replays the account (new tokens), a different one is a 409, no key is a 409", async () => {
    const body = {
      email: `replay-${Date.now()}@example.test`,
      password: "correct horse battery",
      name: "Ada",
      role: "JOBSEEKER",
    };
    const register = (key: string | undefined, sent: object) => {
      const call = api().post("/api/v1/auth/register");
      return (key ? call.set("Idempotency-Key", key) : call).send(sent);
    };
    const first = await register("signup-1", body).expect(201);
    expect(first.headers.location).toBe("/api/v1/me");
    const again = await register("signup-1", body).expect(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.body.user).toEqual(first.body.user);
    await api()
      .get("/api/v1/me")
      .set({ Authorization: `Bearer ${again.body.accessToken}` })
      .expect(200);
    await register("signup-1", { ...body, password: "another horse battery" }).expect(409);
    await register("signup-1", { ...body, name: "Eve" }).expect(409);
    await register("signup-2", body).expect(409);
    await register(undefined, body).expect(409);
    const [row] = await ctx.app.db.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM "User" u JOIN "IdempotencyKey" k ON k."ownerId" = u.id
      WHERE u.email = ${body.email}`;
    expect(row!.n).toBe(1);
  });

  it("a coach's redeemed invite replays the link instead of a 404 for a used code", async () => {
    const client = await signUp(ctx.app);
    const coach = await signUp(ctx.app, "COACH");
    const code = await inviteCode(ctx.app, client);
    const first = await replay("/api/v1/coach/links", coach, "link", { code }).expect(201);
    const again = await replay("/api/v1/coach/links", coach, "link", { code }).expect(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.body).toEqual(first.body);
    await api().get(first.headers.location!).set(coach.auth).expect(200);
    await api().post("/api/v1/coach/links").set(coach.auth).send({ code }).expect(404);
  });
});

describe("Location on 201", () => {
  it("names the new object's URL, which GET reads back", async () => {
    const owner = await signUp(ctx.app);
    const coach = await signUp(ctx.app, "COACH");
    await linkCoach(ctx.app, owner, coach);
    const venue = await api().post("/api/v1/venues").set(owner.auth).send({ name: "Rotary", kind: "MEETUP" }).expect(201);
    expect(venue.headers.location).toBe(`/api/v1/venues/${venue.body.id}`);
    const cases: Array<[TestUser, string, object]> = [
      [owner, "/api/v1/contacts", { name: "Ada" }],
      [owner, "/api/v1/events", { venueId: venue.body.id, date: daysAgo(1), hours: 1 }],
      [owner, "/api/v1/api-keys", { name: "CI", scopes: ["read"] }],
      [owner, "/api/v1/webhooks", { url: "http://127.0.0.1:9/hook", events: ["lead.created"] }],
      [owner, "/api/v1/reviews", { weekStart: mondayWeeksAgo(1), adjustments: [] }],
      [owner, "/api/v1/comments", { clientId: owner.user.id, subjectType: "WEEK", subjectId: mondayWeeksAgo(0), body: "Hello" }],
      [coach, `/api/v1/coach/clients/${owner.user.id}/tasks`, { title: "Call Ada" }],
      [
        coach,
        `/api/v1/coach/clients/${owner.user.id}/target-suggestions`,
        {
          weeklyTargets: { events: 2, newContacts: 3, oneOnOnes: 1, conversationsMentioningSearchPct: 50 },
        },
      ],
    ];
    for (const [user, path, body] of cases) {
      const created = await api().post(path).set(user.auth).send(body);
      expect(created.status, `${path}: ${JSON.stringify(created.body)}`).toBe(201);
      expect(created.headers.location, path).toMatch(new RegExp(`/${created.body.id}$`));
      const read = await api().get(created.headers.location!).set(user.auth).expect(200);
      expect(read.body.id).toBe(created.body.id);
    }
    const feed = await api().post("/api/v1/calendar-feed").set(owner.auth).expect(201);
    await api().get(feed.headers.location!).set(owner.auth).expect(200);
  });
});

/** `YYYY-MM-DD` of the Monday `weeks` weeks before this week's (UTC). */
function mondayWeeksAgo(weeks: number): string {
  const today = new Date();
  const monday = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - ((today.getUTCDay() + 6) % 7)),
  );
  return new Date(monday.getTime() - weeks * 7 * 86_400_000).toISOString().slice(0, 10);
}

describe("ETag and If-Match", () => {
  it("tag a read and a write; a stale If-Match gets 412 and changes nothing, a current one goes through", async () => {
    const owner = await signUp(ctx.app);
    const contact = await makeContact(ctx.app, owner, { name: "Ada" });
    const read = await api().get(`/api/v1/contacts/${contact.id}`).set(owner.auth).expect(200);
    const etag = read.headers.etag!;
    expect(etag).toMatch(/^"[0-9a-z]+"$/);
    // Stable for the same state.
    expect((await api().get(`/api/v1/contacts/${contact.id}`).set(owner.auth).expect(200)).headers.etag).toBe(etag);

    const changed = await api()
      .patch(`/api/v1/contacts/${contact.id}`)
      .set(owner.auth)
      .set("If-Match", etag)
      .send({ title: "CTO" })
      .expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.headers.etag).toBe((await api().get(`/api/v1/contacts/${contact.id}`).set(owner.auth)).headers.etag);

    const stale = await api()
      .patch(`/api/v1/contacts/${contact.id}`)
      .set(owner.auth)
      .set("If-Match", etag)
      .send({ title: "CEO" })
      .expect(412);
    expect(stale.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(stale.body).toMatchObject({ status: 412, type: "urn:traction:problem:precondition-failed" });
    await api().delete(`/api/v1/contacts/${contact.id}`).set(owner.auth).set("If-Match", etag).expect(412);
    await api()
      .patch(`/api/v1/contacts/${contact.id}`)
      .set(owner.auth)
      .set("If-Match", '"garbage!"')
      .send({ title: "CEO" })
      .expect(412);
    const after = await api().get(`/api/v1/contacts/${contact.id}`).set(owner.auth).expect(200);
    expect(after.body.title).toBe("CTO");
    expect(after.headers.etag).toBe(changed.headers.etag);

    // Another user's record stays a 404, whatever the If-Match.
    const other = await signUp(ctx.app);
    await api()
      .patch(`/api/v1/contacts/${contact.id}`)
      .set(other.auth)
      .set("If-Match", changed.headers.etag!)
      .send({ title: "X" })
      .expect(404);
    await api().delete(`/api/v1/contacts/${contact.id}`).set(owner.auth).set("If-Match", changed.headers.etag!).expect(204);
  });

  it("let one of two writes with the same If-Match win: the other gets 412", async () => {
    const owner = await signUp(ctx.app);
    const lead = await api().post("/api/v1/leads").set(owner.auth).send({ title: "PM", stage: "IDEA" }).expect(201);
    const etag = (await api().get(`/api/v1/leads/${lead.body.id}`).set(owner.auth)).headers.etag!;
    const answers = await Promise.all(
      ["APPLIED", "INTERVIEW", "OFFER"].map((stage) =>
        api().patch(`/api/v1/leads/${lead.body.id}`).set(owner.auth).set("If-Match", etag).send({ stage }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412, 412]);
    const winner = answers.find((answer) => answer.status === 200)!;
    expect((await api().get(`/api/v1/leads/${lead.body.id}`).set(owner.auth)).body.stage).toBe(winner.body.stage);
  });
});

describe("the plan's ETag and If-Match", () => {
  it("tag the plan; a PUT over a stale version is a 412 and changes nothing", async () => {
    const owner = await signUp(ctx.app);
    const etag = (await api().get("/api/v1/plan").set(owner.auth).expect(200)).headers.etag!;
    const saved = await api()
      .put("/api/v1/plan")
      .set(owner.auth)
      .set("If-Match", etag)
      .send({ pitch: "I fix things" })
      .expect(200);
    expect(saved.headers.etag).not.toBe(etag);
    await api().put("/api/v1/plan").set(owner.auth).set("If-Match", etag).send({ pitch: "Overwritten" }).expect(412);
    await api().put("/api/v1/plan").set(owner.auth).set("If-Match", etag).send({}).expect(412);
    const plan = await api().get("/api/v1/plan").set(owner.auth).expect(200);
    expect(plan.body.pitch).toBe("I fix things");
    expect(plan.headers.etag).toBe(saved.headers.etag);
  });
});

describe("a review's ETag and If-Match", () => {
  it("tag a review; a stale PATCH or DELETE is a 412 and changes nothing", async () => {
    const owner = await signUp(ctx.app);
    const created = await api()
      .post("/api/v1/reviews")
      .set(owner.auth)
      .send({ weekStart: mondayWeeksAgo(1), adjustments: [] })
      .expect(201);
    const path = created.headers.location!;
    const etag = (await api().get(path).set(owner.auth).expect(200)).headers.etag!;
    const edited = await api().patch(path).set(owner.auth).set("If-Match", etag).send({ wentWell: "Two events" }).expect(200);
    expect(edited.headers.etag).not.toBe(etag);
    await api().patch(path).set(owner.auth).set("If-Match", etag).send({ wentWell: "Lost" }).expect(412);
    await api().delete(path).set(owner.auth).set("If-Match", etag).expect(412);
    expect((await api().get(path).set(owner.auth).expect(200)).body.wentWell).toBe("Two events");
    await api().delete(path).set(owner.auth).set("If-Match", edited.headers.etag!).expect(204);
  });
});

describe("the OpenAPI document", () => {
  it("describes Location, Idempotent-Replayed, ETag, If-Match, 412, updatedSince and /deletions", async () => {
    const doc = (await api().get("/api/v1/openapi.json").expect(200)).body as {
      paths: Record<
        string,
        Record<string, { parameters?: Array<{ in: string; name: string }>; responses: Record<string, { headers?: object }> }>
      >;
    };
    const venues = doc.paths["/api/v1/venues"]!;
    const venue = doc.paths["/api/v1/venues/{id}"]!;
    expect(Object.keys(venues.post!.responses["201"]!.headers ?? {})).toEqual(
      expect.arrayContaining(["Location", "Idempotent-Replayed"]),
    );
    expect(Object.keys(venue.get!.responses["200"]!.headers ?? {})).toContain("ETag");
    expect(Object.keys(venue.patch!.responses["200"]!.headers ?? {})).toContain("ETag");
    expect(venue.patch!.responses["412"]).toBeDefined();
    expect(venue.delete!.responses["412"]).toBeDefined();
    expect(venue.patch!.parameters?.map((parameter) => parameter.name)).toContain("if-match");
    expect(venues.get!.parameters?.map((parameter) => parameter.name)).toContain("updatedSince");
    expect(doc.paths["/api/v1/auth/register"]!.post!.parameters?.map((parameter) => parameter.name)).toContain("idempotency-key");
    expect(doc.paths["/api/v1/deletions"]!.get!.parameters?.map((parameter) => parameter.name)).toContain("since");
    expect(Object.keys(doc.paths["/api/v1/plan"]!.get!.responses["200"]!.headers ?? {})).toContain("ETag");
    // Objects without versions carry a content ETag, always sent, and their writes take no If-Match.
    const apiKey = doc.paths["/api/v1/api-keys/{id}"]!;
    expect((apiKey.get!.responses["200"]!.headers as Record<string, unknown> | undefined)?.ETag).toMatchObject({
      required: true,
    });
    expect(apiKey.delete!.parameters?.map((parameter) => parameter.name) ?? []).not.toContain("if-match");
    expect(Object.keys(doc.paths["/api/v1/api-keys"]!.get!.responses["200"]!.headers ?? {})).not.toContain("ETag");
  });
});

describe("updatedSince", () => {
  it("lists only records changed since, oldest change first, across pages", async () => {
    const owner = await signUp(ctx.app);
    const old = await makeVenue(ctx.app, owner, { name: "Old" });
    const untouched = await makeVenue(ctx.app, owner, { name: "Untouched" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date().toISOString();
    const fresh = await makeVenue(ctx.app, owner, { name: "Fresh" });
    await api().patch(`/api/v1/venues/${old.id}`).set(owner.auth).send({ notes: "changed" }).expect(200);
    const rows = await listAll(ctx.app, owner, "/api/v1/venues", { updatedSince: since, limit: 1 });
    expect(rows.map((row) => row.id)).toEqual([fresh.id, old.id]);
    expect(rows.map((row) => row.id)).not.toContain(untouched.id);
    // Filters still apply, and a bad timestamp is a 400 naming it.
    const bad = await api().get("/api/v1/venues").query({ updatedSince: "yesterday" }).set(owner.auth).expect(400);
    expect(bad.body.errors).toEqual([{ path: "updatedSince", message: expect.any(String) }]);
    const events = await api().get("/api/v1/events").query({ updatedSince: since }).set(owner.auth).expect(200);
    expect(events.body.data).toEqual([]);
  });

  it("lists only the reviews changed since", async () => {
    const owner = await signUp(ctx.app);
    const older = await api()
      .post("/api/v1/reviews")
      .set(owner.auth)
      .send({ weekStart: mondayWeeksAgo(2), adjustments: [] })
      .expect(201);
    const newer = await api()
      .post("/api/v1/reviews")
      .set(owner.auth)
      .send({ weekStart: mondayWeeksAgo(1), adjustments: [] })
      .expect(201);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date().toISOString();
    await api().patch(`/api/v1/reviews/${older.body.id}`).set(owner.auth).send({ toChange: "More one-on-ones" }).expect(200);
    const rows = await listAll(ctx.app, owner, "/api/v1/reviews", { updatedSince: since, limit: 1 });
    expect(rows.map((row) => row.id)).toEqual([older.body.id]);
    expect((await listAll(ctx.app, owner, "/api/v1/reviews")).map((row) => row.id)).toEqual([newer.body.id, older.body.id]);
  });
});

describe("GET /deletions", () => {
  it("lists deletions by delete, venue cascade and merge, since a time, and not before it", async () => {
    const owner = await signUp(ctx.app);
    const early = await makeContact(ctx.app, owner, { name: "Early" });
    await api().delete(`/api/v1/contacts/${early.id}`).set(owner.auth).expect(204);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date().toISOString();

    const contact = await makeContact(ctx.app, owner, { name: "Gone" });
    await api().delete(`/api/v1/contacts/${contact.id}`).set(owner.auth).expect(204);
    const event = await makeEvent(ctx.app, owner);
    await api()
      .delete(`/api/v1/venues/${event.venueId as string}`)
      .query({ cascade: "true" })
      .set(owner.auth)
      .expect(204);
    const keep = await makeCompany(ctx.app, owner, { name: "Acme" });
    const dup = await makeCompany(ctx.app, owner, { name: "Acme Inc" });
    await api().post(`/api/v1/companies/${keep.id}/merge`).set(owner.auth).send({ sourceId: dup.id }).expect(200);
    const keepContact = await makeContact(ctx.app, owner, { name: "Pat" });
    const dupContact = await makeContact(ctx.app, owner, { name: "Pat P." });
    await api().post(`/api/v1/contacts/${keepContact.id}/merge`).set(owner.auth).send({ sourceId: dupContact.id }).expect(200);

    const page = await api().get("/api/v1/deletions").query({ since, limit: 100 }).set(owner.auth).expect(200);
    const rows = page.body.data as Array<{ resource: string; id: string; deletedAt: string }>;
    // Oldest first; a venue and its events go in one transaction, at one instant.
    expect(rows.map((row) => row.deletedAt)).toEqual(rows.map((row) => row.deletedAt).sort());
    expect(rows.map((row) => [row.resource, row.id])).toEqual([
      ["contacts", contact.id],
      ...(rows[1]!.resource === "events"
        ? [
            ["events", event.id],
            ["venues", event.venueId],
          ]
        : [
            ["venues", event.venueId],
            ["events", event.id],
          ]),
      ["companies", dup.id],
      ["contacts", dupContact.id],
    ]);
    expect(rows[0]!.deletedAt).toMatch(/Z$/);
    // Without `since`: all of the last 90 days, paged.
    const all = await listAll(ctx.app, owner, "/api/v1/deletions", { limit: 2 });
    expect(all.map((row) => row.id)).toEqual([early.id, ...rows.map((row) => row.id)]);

    // Another user sees none of them.
    const other = await signUp(ctx.app);
    expect((await api().get("/api/v1/deletions").set(other.auth).expect(200)).body.data).toEqual([]);
    await api().get("/api/v1/deletions").query({ since: "not a time" }).set(owner.auth).expect(400);
  });

  it("leave no tombstones of an account's own deletion, and show a linked coach's view changes since a time", async () => {
    const owner = await signUp(ctx.app);
    const coach = await signUp(ctx.app, "COACH");
    await linkCoach(ctx.app, owner, coach);
    await makeContact(ctx.app, owner, { name: "Before" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date().toISOString();
    const after = await makeContact(ctx.app, owner, { name: "After" });
    const view = await api()
      .get(`/api/v1/coach/clients/${owner.user.id}/contacts`)
      .query({ updatedSince: since })
      .set(coach.auth)
      .expect(200);
    expect(view.body.data.map((row: { id: string }) => row.id)).toEqual([after.id]);

    await api().delete("/api/v1/me").set(owner.auth).expect(204);
    const [row] = await ctx.app.db.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS n FROM "Deletion" WHERE "ownerId" = ${owner.user.id}::uuid`;
    expect(row!.n).toBe(0);
  });

  it.each([
    ["owner", 200],
    ["other jobseeker", 200],
    ["linked coach", 403],
    ["unlinked coach", 403],
    ["no token", 401],
    ["read API key", 200],
  ] as const)("authorization: %s → %i", async (actor, status) => {
    const owner = await signUp(ctx.app);
    const contact = await makeContact(ctx.app, owner);
    await api().delete(`/api/v1/contacts/${contact.id}`).set(owner.auth).expect(204);
    let headers: Record<string, string> = {};
    if (actor === "owner") headers = owner.auth;
    if (actor === "other jobseeker") headers = (await signUp(ctx.app)).auth;
    if (actor === "unlinked coach") headers = (await signUp(ctx.app, "COACH")).auth;
    if (actor === "read API key") headers = (await makeApiKey(ctx.app, owner, ["read"])).auth;
    if (actor === "linked coach") {
      const coach = await signUp(ctx.app, "COACH");
      await linkCoach(ctx.app, owner, coach);
      headers = coach.auth;
    }
    const response = await api().get("/api/v1/deletions").set(headers).expect(status);
    if (status === 200) {
      const own = actor === "owner" || actor === "read API key";
      expect(response.body.data.map((row: { id: string }) => row.id)).toEqual(own ? [contact.id] : []);
    }
  });
});
