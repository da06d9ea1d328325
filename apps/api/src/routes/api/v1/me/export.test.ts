import type { Database } from "@traction/db";
import { EXPORT_RESOURCES, type TExportResource } from "@traction/schemas";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { makeEverything, type Everything } from "../../../../../test/helpers/account.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { holdUserJobLock } from "../../../../../test/helpers/user-lock.ts";
import { text } from "node:stream/consumers";
import { openAccountExport } from "../../../../services/account/export-account.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let owner: TestUser;
let other: TestUser;
let mine: Everything;
let theirs: Everything;

beforeAll(async () => {
  [owner, other] = await Promise.all([signUp(ctx.app, "JOBSEEKER", "Owner"), signUp(ctx.app, "JOBSEEKER", "Other")]);
  mine = await makeEverything(ctx.app, owner, "mine");
  theirs = await makeEverything(ctx.app, other, "theirs");
});

const exportOf = async (user: TestUser) => (await api().get("/api/v1/me/export").set(user.auth).expect(200)).body;
const idsIn = (rows: Array<{ id: string }>) => rows.map((row) => row.id).sort();

describe("GET /api/v1/me/export", () => {
  it("contains the account, the plan and every record of the caller, as an attachment", async () => {
    const response = await api().get("/api/v1/me/export").set(owner.auth).expect(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="traction-export-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = response.body;
    expect(body.user).toEqual(owner.user);
    expect(body.plan).toMatchObject({ id: mine.planId, pitch: "Pitch of mine", weeklyTargets: expect.any(Object) });
    for (const resource of EXPORT_RESOURCES) {
      expect(idsIn(body[resource]), resource).toEqual([...mine.ids[resource]!].sort());
    }
    expect(JSON.stringify(body)).not.toMatch(/password/i);
  });

  it("exports each record in the shape its own route returns, plus stage history and doneAt", async () => {
    const body = await exportOf(owner);
    const single = async (resource: TExportResource, id: string) =>
      (await api().get(`/api/v1/${resource}/${id}`).set(owner.auth).expect(200)).body;
    for (const resource of EXPORT_RESOURCES) {
      for (const row of body[resource] as Array<{ id: string }>) {
        expect(row, resource).toMatchObject(await single(resource, row.id));
      }
    }
    const [conversation] = body.conversations;
    expect(conversation).toMatchObject({ contactIds: mine.ids.contacts, mentionedCompanyIds: mine.ids.companies });
    expect(conversation.followUp).toMatchObject({ action: "Send mine the deck", done: false });
    const [lead] = body.leads;
    expect(lead.stage).toBe("INTERVIEW");
    expect(lead.stageChanges.map((change: { stage: string }) => change.stage)).toEqual(["APPLIED", "INTERVIEW"]);
    expect(body.tasks.every((task: { doneAt: unknown }) => task.doneAt === null)).toBe(true);
    const [contact] = body.contacts;
    expect(contact).toMatchObject({ firstMetOn: expect.any(String), companyId: mine.ids.companies![0] });
  });

  it("contains nothing of another user", async () => {
    const text = JSON.stringify(await exportOf(owner));
    const foreign = [other.user.id, other.user.email, theirs.planId, ...Object.values(theirs.ids).flat()];
    for (const value of foreign) expect(text).not.toContain(value);
    expect(text).not.toContain("theirs");
    // …and the other user's export is theirs alone.
    const their = JSON.stringify(await exportOf(other));
    for (const value of [owner.user.id, mine.planId, ...Object.values(mine.ids).flat()]) expect(their).not.toContain(value);
  });

  it("reads with the same number of queries whatever the number of records", async () => {
    let operations = 0;
    const counting = ctx.app.db.$extends({
      query: {
        async $allOperations({ args, query }) {
          operations += 1;
          return query(args);
        },
      },
    }) as unknown as Database;
    const queriesFor = async (user: TestUser) => {
      operations = 0;
      await text(await openAccountExport(counting, user.user.id));
      return operations;
    };
    const busy = await signUp(ctx.app);
    for (const round of [1, 2, 3]) await makeEverything(ctx.app, busy, `busy-${round}`);
    const small = await queriesFor(owner);
    expect(small).toBeGreaterThanOrEqual(EXPORT_RESOURCES.length);
    expect(await queriesFor(busy)).toBe(small);
  });

  it("writes the same document whatever the batch size it reads with", async () => {
    const busy = await signUp(ctx.app);
    for (const round of [1, 2, 3]) await makeEverything(ctx.app, busy, `batch-${round}`);
    const whole = JSON.parse(await text(await openAccountExport(ctx.app.db, busy.user.id)));
    const inPairs = JSON.parse(await text(await openAccountExport(ctx.app.db, busy.user.id, 2)));
    const { exportedAt: _at, ...rest } = whole;
    expect(inPairs).toMatchObject(rest);
    expect(Object.keys(inPairs)).toEqual(Object.keys(whole));
    for (const resource of EXPORT_RESOURCES) {
      expect(inPairs[resource].length, resource).toBeGreaterThanOrEqual(3);
      expect(idsIn(inPairs[resource]), resource).toEqual(idsIn(whole[resource]));
    }
    // The route's document is the same too.
    const { exportedAt: _routeAt, ...fromRoute } = await exportOf(busy);
    expect(fromRoute).toEqual(rest);
  });

  it("runs one export per account at a time, in any process: another one is a 429 with Retry-After", async () => {
    // Another process's export is a transaction holding the account's export lock.
    const release = await holdUserJobLock(ctx.app.db, "export", owner.user.id);
    try {
      const busy = await api().get("/api/v1/me/export").set(owner.auth).expect(429);
      expect(busy.headers["retry-after"]).toMatch(/^\d+$/);
      expect(busy.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(busy.body.detail).toMatch(/export of your account is already running/);
      // Someone else's export is not held up.
      await api().get("/api/v1/me/export").set(other.auth).expect(200);
    } finally {
      await release();
    }
    await api().get("/api/v1/me/export").set(owner.auth).expect(200);
  });

  it("gives an account without records an empty export, and creates no plan", async () => {
    const fresh = await signUp(ctx.app, "COACH", "Fresh Coach");
    const body = await exportOf(fresh);
    expect(body).toMatchObject({ user: fresh.user, plan: null });
    for (const resource of EXPORT_RESOURCES) expect(body[resource]).toEqual([]);
    expect(Date.parse(body.exportedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await ctx.app.db.plan.count({ where: { ownerId: fresh.user.id } })).toBe(0);
  });

  it("answers 400 naming the parameter for a bad format, resource or extra parameter", async () => {
    const cases: Array<[Record<string, string>, string[]]> = [
      [{ format: "xml" }, ["format"]],
      [{ format: "csv" }, ["resource"]],
      [{ format: "csv", resource: "passwords" }, ["resource"]],
      [{ resource: "contacts" }, ["resource"]],
      [{ format: "json", since: "2026-01-01" }, ["since"]],
    ];
    for (const [query, fields] of cases) {
      const response = await api().get("/api/v1/me/export").query(query).set(owner.auth).expect(400);
      expect(response.body.errors.map((error: { path: string }) => error.path).sort(), JSON.stringify(query)).toEqual(fields);
    }
  });
});
