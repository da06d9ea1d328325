import { DEFAULT_WEEKLY_TARGETS } from "@traction/schemas";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { daysAgo, errorPaths } from "../../../../../test/helpers/records.ts";
import { signUp } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

const TARGETS = { events: 3, newContacts: 8, oneOnOnes: 2, conversationsMentioningSearchPct: 70 };

describe("plan", () => {
  it("answers a first GET with the default targets and a stable id", async () => {
    const user = await signUp(ctx.app);
    const first = await api().get("/api/v1/plan").set(user.auth).expect(200);
    expect(first.body).toEqual({
      id: expect.any(String),
      pitch: null,
      targetRoles: [],
      weeklyTargets: DEFAULT_WEEKLY_TARGETS,
      startsOn: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    await api().get("/api/v1/plan").set(user.auth).expect(200, first.body);
    expect(await ctx.app.db.plan.count({ where: { ownerId: user.user.id } })).toBe(1);
  });

  it("creates one plan for concurrent first reads", async () => {
    const user = await signUp(ctx.app);
    const responses = await Promise.all([1, 2, 3, 4].map(() => api().get("/api/v1/plan").set(user.auth)));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect(await ctx.app.db.plan.count({ where: { ownerId: user.user.id } })).toBe(1);
  });

  it("creates one plan for concurrent first saves and reads", async () => {
    const user = await signUp(ctx.app);
    const responses = await Promise.all([
      api().put("/api/v1/plan").set(user.auth).send({ pitch: "A" }),
      api()
        .put("/api/v1/plan")
        .set(user.auth)
        .send({ targetRoles: ["B"] }),
      api().get("/api/v1/plan").set(user.auth),
      api().put("/api/v1/plan").set(user.auth).send({ weeklyTargets: TARGETS }),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    const plan = await api().get("/api/v1/plan").set(user.auth).expect(200);
    expect(plan.body).toMatchObject({ pitch: "A", targetRoles: ["B"], weeklyTargets: TARGETS });
  });

  it("saves with PUT, mapping weeklyTargets to the plan's columns, and keeps fields left out", async () => {
    const user = await signUp(ctx.app);
    const pitch = "I turn messy operations data into decisions — ops analytics for logistics firms.";
    const saved = await api()
      .put("/api/v1/plan")
      .set(user.auth)
      .send({ pitch, targetRoles: ["Operations analyst", "BI analyst"], weeklyTargets: TARGETS, startsOn: "2026-10-01" })
      .expect(200);
    expect(saved.body).toMatchObject({
      pitch,
      targetRoles: ["Operations analyst", "BI analyst"],
      weeklyTargets: TARGETS,
      startsOn: "2026-10-01",
    });
    const row = await ctx.app.db.plan.findUniqueOrThrow({ where: { ownerId: user.user.id } });
    expect(row).toMatchObject({
      targetEvents: 3,
      targetNewContacts: 8,
      targetOneOnOnes: 2,
      targetConversationsMentioningSearchPct: 70,
    });
    await api().get("/api/v1/plan").set(user.auth).expect(200, saved.body);

    const partial = await api()
      .put("/api/v1/plan")
      .set(user.auth)
      .send({ targetRoles: ["Ops lead"] })
      .expect(200);
    expect(partial.body).toMatchObject({ id: saved.body.id, pitch, targetRoles: ["Ops lead"], weeklyTargets: TARGETS });
    const cleared = await api().put("/api/v1/plan").set(user.auth).send({ pitch: null, startsOn: null }).expect(200);
    expect(cleared.body).toMatchObject({ pitch: null, startsOn: null, targetRoles: ["Ops lead"] });
  });

  it("keeps the id of a plan read first and saved later", async () => {
    const user = await signUp(ctx.app);
    const read = await api().get("/api/v1/plan").set(user.auth).expect(200);
    const saved = await api().put("/api/v1/plan").set(user.auth).send({ weeklyTargets: TARGETS }).expect(200);
    expect(saved.body.id).toBe(read.body.id);
  });

  it.each([
    ["a negative target", { weeklyTargets: { ...TARGETS, events: -1 } }, ["weeklyTargets.events"]],
    [
      "a percentage over 100",
      { weeklyTargets: { ...TARGETS, conversationsMentioningSearchPct: 101 } },
      ["weeklyTargets.conversationsMentioningSearchPct"],
    ],
    ["a fractional target", { weeklyTargets: { ...TARGETS, oneOnOnes: 1.5 } }, ["weeklyTargets.oneOnOnes"]],
    ["a target as text", { weeklyTargets: { ...TARGETS, newContacts: "five" } }, ["weeklyTargets.newContacts"]],
    ["too many new contacts", { weeklyTargets: { ...TARGETS, newContacts: 501 } }, ["weeklyTargets.newContacts"]],
    [
      "incomplete targets",
      { weeklyTargets: { events: 2 } },
      ["weeklyTargets.conversationsMentioningSearchPct", "weeklyTargets.newContacts", "weeklyTargets.oneOnOnes"],
    ],
    ["an unknown target", { weeklyTargets: { ...TARGETS, coffees: 3 } }, ["weeklyTargets.coffees"]],
    ["a pitch over 500 characters", { pitch: "x".repeat(501) }, ["pitch"]],
    ["a role that is not text", { targetRoles: ["Analyst", 7] }, ["targetRoles.1"]],
    ["a malformed startsOn", { startsOn: "soon" }, ["startsOn"]],
    ["a startsOn more than a year ahead", { startsOn: daysAgo(-400) }, ["startsOn"]],
    ["an unknown field", { motto: "onwards" }, ["motto"]],
    ["a server-owned id", { id: "00000000-0000-4000-8000-000000000000" }, ["id"]],
  ])("answers 400 for %s and changes nothing", async (_label, body, fields) => {
    const user = await signUp(ctx.app);
    const before = await api()
      .put("/api/v1/plan")
      .set(user.auth)
      .send({ pitch: "Ops analytics", weeklyTargets: TARGETS })
      .expect(200);
    const response = await api().put("/api/v1/plan").set(user.auth).send(body).expect(400);
    expect(errorPaths(response)).toEqual(fields);
    await api().get("/api/v1/plan").set(user.auth).expect(200, before.body);
  });

  it("accepts a pitch of exactly 500 characters, accented ones included", async () => {
    const user = await signUp(ctx.app);
    const saved = await api()
      .put("/api/v1/plan")
      .set(user.auth)
      .send({ pitch: "é".repeat(500) })
      .expect(200);
    expect(saved.body.pitch).toBe("é".repeat(500));
  });

  it("creates nothing on a rejected first PUT", async () => {
    const user = await signUp(ctx.app);
    await api()
      .put("/api/v1/plan")
      .set(user.auth)
      .send({ pitch: "x".repeat(501) })
      .expect(400);
    expect(await ctx.app.db.plan.count({ where: { ownerId: user.user.id } })).toBe(0);
  });
});
