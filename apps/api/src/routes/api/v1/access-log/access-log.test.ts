import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../../../app.ts";
import { testConfig, useTestApp } from "../../../../../test/helpers/app.ts";
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
    await ctx.app.accessLog.flush();

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

  it("is written in the background without the request waiting, within a fraction of a second", async () => {
    const reader = await signUp(ctx.app, "COACH", "Quick Reader");
    const someone = await signUp(ctx.app);
    await linkCoach(ctx.app, someone, reader);
    await api().get(`/api/v1/coach/clients/${someone.user.id}/plan`).set(reader.auth).expect(200);
    await expect
      .poll(async () => (await accessLog(someone)).data.map((entry) => entry.resource), { timeout: 3000, interval: 50 })
      .toEqual(["plan"]);
  });

  it("loses nothing on a clean shutdown: what is still buffered is written on close", async () => {
    const database = new URL(ctx.databaseUrl).pathname.slice(1);
    const other = await buildApp(testConfig(database));
    await other.ready();
    const someone = await signUp(ctx.app);
    await linkCoach(ctx.app, someone, coach);
    for (const path of ["/events", "/plan", "/insights"]) {
      await request(other.server).get(`/api/v1/coach/clients/${someone.user.id}${path}`).set(coach.auth).expect(200);
    }
    await other.close();
    const rows = await ctx.app.db.accessLogEntry.findMany({ where: { clientId: someone.user.id }, orderBy: { at: "asc" } });
    expect(rows.map((row) => row.resource)).toEqual(["events", "plan", "insights"]);
  });
});
