import { poolOf } from "@traction/db";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { linkCoach } from "../../../../../test/helpers/coaching.ts";
import { makeEvent } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

let client: TestUser;
let coach: TestUser;
let eventId: string;

beforeAll(async () => {
  [client, coach] = await Promise.all([signUp(ctx.app, "JOBSEEKER", "Casey Client"), signUp(ctx.app, "COACH", "Cora Coach")]);
  eventId = (await makeEvent(ctx.app, client)).id;
  await linkCoach(ctx.app, client, coach);
});

const accessLog = async (user: TestUser, query: object = { limit: 100 }) =>
  (await api().get("/api/v1/me/access-log").query(query).set(user.auth).expect(200)).body as {
    data: Array<{ coach: { id: string; name: string }; resource: string; at: string }>;
    nextCursor: string | null;
  };

describe("the access log", () => {
  it("records every coach read of the client's data, and shows it to the client newest first", async () => {
    const base = `/api/v1/coach/clients/${client.user.id}`;
    const started = Date.now();
    for (const path of ["/events", `/events/${eventId}`, "/insights?from=2026-01-05", "/plan"]) {
      await api().get(`${base}${path}`).set(coach.auth).expect(200);
    }
    await api().get("/api/v1/coach/clients").set(coach.auth).expect(200);
    await api().get("/api/v1/comments").query({ clientId: client.user.id }).set(coach.auth).expect(200);
    // Not reads of data: a 404, a write, the client's own reads.
    await api().get(`${base}/events/00000000-0000-4000-8000-000000000000`).set(coach.auth).expect(404);
    await api().post(`${base}/tasks`).set(coach.auth).send({ title: "Call Pat" }).expect(201);
    await api().get("/api/v1/events").set(client.auth).expect(200);

    const log = await accessLog(client);
    expect(log.nextCursor).toBeNull();
    expect(log.data.map((entry) => entry.resource)).toEqual([
      "comments",
      "roster",
      "plan",
      "insights",
      `events/${eventId}`,
      "events",
    ]);
    for (const entry of log.data) {
      expect(entry.coach).toEqual({ id: coach.user.id, name: "Cora Coach" });
      expect(new Date(entry.at).getTime()).toBeGreaterThanOrEqual(started - 1000);
    }
    const page = await accessLog(client, { limit: 4 });
    const rest = await accessLog(client, { limit: 4, cursor: page.nextCursor! });
    expect([...page.data, ...rest.data]).toEqual(log.data);
    // Only the client's own log.
    expect((await accessLog(await signUp(ctx.app))).data).toEqual([]);
  });

  it("is in the client's log as soon as the coach has the data: no waiting, no polling", async () => {
    const reader = await signUp(ctx.app, "COACH", "Quick Reader");
    const someone = await signUp(ctx.app);
    await linkCoach(ctx.app, someone, reader);
    const base = `/api/v1/coach/clients/${someone.user.id}`;
    await api().get(`${base}/plan`).set(reader.auth).expect(200);
    expect((await accessLog(someone)).data.map((entry) => entry.resource)).toEqual(["plan"]);
    await api().get(base).set(reader.auth).expect(200);
    expect((await accessLog(someone)).data.map((entry) => entry.resource)).toEqual(["roster", "plan"]);
    await api().get("/api/v1/coach/clients").set(reader.auth).expect(200);
    expect((await accessLog(someone)).data.map((entry) => entry.resource)).toEqual(["roster", "roster", "plan"]);
  });

  it("logs a roster page of many clients with one statement", async () => {
    const reader = await signUp(ctx.app, "COACH");
    const caseload = await Promise.all(Array.from({ length: 6 }, () => signUp(ctx.app)));
    for (const member of caseload) await linkCoach(ctx.app, member, reader);
    // Statements go through Prisma's raw path or straight to its pool (`queryRows`): both are watched.
    const raw = vi.spyOn(ctx.app.db, "$executeRaw");
    const pooled = vi.spyOn(poolOf(ctx.app.db)!, "query");
    const page = await api().get("/api/v1/coach/clients").query({ limit: 5 }).set(reader.auth).expect(200);
    const statements = [
      ...raw.mock.calls.map(([sql]) =>
        (Array.isArray(sql) ? (sql as readonly string[]) : (sql as unknown as { strings: string[] }).strings).join("?"),
      ),
      ...pooled.mock.calls.map(([query]) => (typeof query === "string" ? query : (query as { text: string }).text)),
    ];
    raw.mockRestore();
    pooled.mockRestore();
    // The first roster also stores the six clients' scores (one upsert); the log of the page is one more statement.
    const writes = statements.filter((sql) => /\b(INSERT|UPDATE|DELETE)\b/.test(sql));
    expect(writes.filter((sql) => sql.includes('"AccessLogEntry"'))).toHaveLength(1);
    expect(writes.filter((sql) => !sql.includes('"AccessLogEntry"') && !sql.includes('"RosterScore"'))).toEqual([]);
    const listed = (page.body.data as Array<{ client: { id: string } }>).map((entry) => entry.client.id);
    expect(listed).toHaveLength(5);
    const rows = await ctx.app.db.accessLogEntry.findMany({ where: { coachId: reader.user.id } });
    expect(rows.map((row) => row.clientId).sort()).toEqual([...listed].sort());
    expect(rows.every((row) => row.resource === "roster")).toBe(true);
  });

  describe("when the log cannot be written", () => {
    let secret: TestUser;
    beforeAll(async () => {
      secret = await signUp(ctx.app, "JOBSEEKER", "Secret Sasha");
      await linkCoach(ctx.app, secret, coach);
      await makeEvent(ctx.app, secret, { notes: "Confidential breakfast" });
      // A real failure of the INSERT, for this client only: PostgreSQL refuses the row.
      await ctx.app.db.$executeRawUnsafe(`
        CREATE FUNCTION refuse_access_log() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'access log unavailable'; END $$`);
      await ctx.app.db.$executeRawUnsafe(`
        CREATE TRIGGER refuse_access_log BEFORE INSERT ON "AccessLogEntry" FOR EACH ROW
        WHEN (NEW."clientId" = '${secret.user.id}') EXECUTE FUNCTION refuse_access_log()`);
    });
    afterAll(async () => {
      await ctx.app.db.$executeRawUnsafe(`DROP TRIGGER refuse_access_log ON "AccessLogEntry"`);
    });

    it.each([
      ["a record list", (id: string) => `/api/v1/coach/clients/${id}/events`],
      ["the client's entry", (id: string) => `/api/v1/coach/clients/${id}`],
      ["the roster", () => "/api/v1/coach/clients"],
      ["comments", (id: string) => `/api/v1/comments?clientId=${id}`],
    ])("does not send %s", async (_, path) => {
      const response = await api().get(path(secret.user.id)).set(coach.auth);
      expect(response.status).toBeGreaterThanOrEqual(500);
      expect(response.headers["content-type"]).toMatch(/problem\+json/);
      expect(response.text).not.toContain("Confidential breakfast");
      expect(response.text).not.toContain("Secret Sasha");
      expect(response.text).not.toContain(secret.user.id);
      expect(await ctx.app.db.accessLogEntry.count({ where: { clientId: secret.user.id } })).toBe(0);
    });
  });
});
