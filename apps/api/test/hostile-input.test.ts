/**
 * The requests that answered 500 in issue 13 (item 1), each now a 400 naming
 * its field (or a 401 for a forged token), and changing nothing.
 */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "./helpers/app.ts";
import { connectionsCsv, FIRST_DATA_LINE, uploadConnections, waitForImport } from "./helpers/linkedin.ts";
import { errorPaths, makeContact, makeEvent, makeMeeting } from "./helpers/records.ts";
import { signUp, type TestUser } from "./helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;
let coach: TestUser;

beforeAll(async () => {
  [owner, coach] = await Promise.all([signUp(ctx.app), signUp(ctx.app, "COACH")]);
});

const cursor = (payload: object) => Buffer.from(JSON.stringify(payload)).toString("base64url");

describe("text with NUL or an unpaired surrogate", () => {
  it("is a 400 naming the field in a body, and stores nothing", async () => {
    const before = await ctx.app.db.venue.count({ where: { ownerId: owner.user.id } });
    const response = await api().post("/api/v1/venues").set(owner.auth).send({ name: "A\u0000B", kind: "MEETUP" });
    expect(response.status).toBe(400);
    expect(errorPaths(response)).toEqual(["name"]);
    expect(await ctx.app.db.venue.count({ where: { ownerId: owner.user.id } })).toBe(before);
  });

  it("is a 400 naming the item of a nested array", async () => {
    const response = await api()
      .post("/api/v1/contacts")
      .set(owner.auth)
      .send({ name: "Pat", tags: ["ok", "b\u0000d"] });
    expect(response.status).toBe(400);
    expect(errorPaths(response)).toEqual(["tags.1"]);
  });

  it("is a 400 for a lone surrogate escaped in the JSON text", async () => {
    for (const escaped of ["x\\ud800y", "\\udc00", "end\\ud83d"]) {
      const response = await api()
        .post("/api/v1/venues")
        .set(owner.auth)
        .set("Content-Type", "application/json")
        .send(`{"name":"${escaped}","kind":"MEETUP"}`);
      expect(response.status).toBe(400);
      expect(errorPaths(response)).toEqual(["name"]);
    }
    // A surrogate pair (an emoji) is text like any other.
    await api()
      .post("/api/v1/venues")
      .set(owner.auth)
      .set("Content-Type", "application/json")
      .send('{"name":"Meetup \\ud83d\\ude00","kind":"MEETUP"}')
      .expect(201);
  });

  it("is a 400 naming the query parameter", async () => {
    const response = await api().get("/api/v1/contacts?q=%00").set(owner.auth);
    expect(response.status).toBe(400);
    expect(errorPaths(response)).toEqual(["q"]);
    const tag = await api().get("/api/v1/contacts?tag=a%00b").set(owner.auth);
    expect(errorPaths(tag)).toEqual(["tag"]);
    const roster = await api().get("/api/v1/coach/clients?q=%00").set(coach.auth);
    expect(roster.status).toBe(400);
  });

  it("in an uploaded LinkedIn CSV rejects that row, naming the column, and imports the others", async () => {
    const csv = connectionsCsv([
      ["Nul", "Row", "https://www.linkedin.com/in/nul-row", "", "Ac\u0000me", "", ""],
      ["Good", "Row", "https://www.linkedin.com/in/good-row", "", "Acme", "", ""],
    ]);
    const accepted = await uploadConnections(ctx.app, owner, csv).expect(202);
    const report = await waitForImport(ctx.app, owner, accepted.body.id);
    expect(report).toMatchObject({ status: "DONE", created: 1, rejectedCount: 1 });
    expect(report.rejected).toEqual([{ line: FIRST_DATA_LINE, reason: expect.stringMatching(/^Company /) }]);
  });
});

describe("dates outside 1900–2100, also after arithmetic", () => {
  it.each([
    ["/api/v1/events?from=0000-01-01", "from"],
    ["/api/v1/events?to=9999-12-31", "to"],
    ["/api/v1/insights?to=0001-01-05", "to"],
    ["/api/v1/insights?to=1900-01-05", "to"],
    ["/api/v1/insights?from=2100-12-20", "from"],
    ["/api/v1/meetings?to=9999-12-31", "to"],
    ["/api/v1/conversations?from=1899-12-31", "from"],
    ["/api/v1/tasks?dueBefore=0000-01-01", "dueBefore"],
    // A field that fails to decode reaches the period check as a string (this one was a TypeError, a 500).
    ["/api/v1/insights?from=2100-12-31T23:30:00-14:00&to=1912-08-12", "from"],
    ["/api/v1/insights?to=not-a-date", "to"],
  ])("GET %s is a 400 naming %s", async (url, field) => {
    const response = await api().get(url).set(owner.auth);
    expect(response.status).toBe(400);
    expect(errorPaths(response)).toEqual([field]);
  });

  it.each(["/api/v1/meetings?to=2100-12-31", "/api/v1/insights?to=1900-01-28", "/api/v1/events?from=1900-01-01"])(
    "GET %s at the edge of the range is a 200",
    async (url) => {
      await api().get(url).set(owner.auth).expect(200);
    },
  );

  it("a meeting's scheduledAt in year 0 once shifted to UTC is a 400", async () => {
    const contact = await makeContact(ctx.app, owner);
    const response = await api()
      .post("/api/v1/meetings")
      .set(owner.auth)
      .send({ contactId: contact.id, status: "SCHEDULED", scheduledAt: "0001-01-01T00:00:00+14:00" });
    expect(response.status).toBe(400);
    expect(errorPaths(response)).toEqual(["scheduledAt"]);
  });
});

describe("cursors", () => {
  beforeAll(async () => {
    await makeEvent(ctx.app, owner);
    await makeMeeting(ctx.app, owner, { status: "DONE" });
  });

  it.each([
    ["an id of hex and dashes that is no UUID", { k: "2026-01-01T00:00:00.000Z", id: "------------------------------------" }],
    ["a misplaced-dash id", { k: "2026-01-01T00:00:00.000Z", id: "0123456789abcdef0123456789abcdef----" }],
    ["a year-0 key", { k: "0000-01-01T00:00:00.000Z", id: "0b7e8a3c-0000-4000-8000-000000000000" }],
    ["a far-future key", { k: "+275760-09-13T00:00:00.000Z", id: "0b7e8a3c-0000-4000-8000-000000000000" }],
    ["a numeric key", { k: 1, id: "0b7e8a3c-0000-4000-8000-000000000000" }],
  ])("with %s is a 400 naming cursor", async (_name, payload) => {
    for (const path of ["/api/v1/events", "/api/v1/meetings", "/api/v1/contacts"]) {
      const response = await api()
        .get(path)
        .query({ cursor: cursor(payload) })
        .set(owner.auth);
      expect(response.status).toBe(400);
      expect(errorPaths(response)).toEqual(["cursor"]);
    }
  });

  it("on the coach's roster with a bad id or date is a 400 naming cursor", async () => {
    for (const payload of [
      { h: 10, d: null, id: "------------------------------------" },
      { h: 10, d: "0000-01-01", id: "0b7e8a3c-0000-4000-8000-000000000000" },
    ]) {
      const response = await api()
        .get("/api/v1/coach/clients")
        .query({ cursor: cursor(payload) })
        .set(coach.auth);
      expect(response.status).toBe(400);
      expect(errorPaths(response)).toEqual(["cursor"]);
    }
  });
});

describe("an access token signed with the real secret", () => {
  it.each(["not-a-uuid", "------------------------------------", "", "1' OR '1'='1"])("whose sub is %j is a 401", async (sub) => {
    const token = ctx.app.jwt.sign({ sub, role: "JOBSEEKER" });
    const response = await api().get("/api/v1/me").set("Authorization", `Bearer ${token}`);
    expect(response.status).toBe(401);
  });
});
