import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { headersFor, makeActors, type Actor, type Actors } from "../../../../../test/helpers/authorization.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
const ACTORS: Actor[] = ["owner", "otherJobseeker", "coach", "noToken", "garbageToken"];
const STATUS: Record<Actor, number> = { owner: 200, otherJobseeker: 200, coach: 403, noToken: 401, garbageToken: 401 };

describe("authorization: /api/v1/plan", () => {
  let actors: Actors;
  let ownerPlan: { id: string; pitch: string };

  beforeAll(async () => {
    actors = await makeActors(ctx.app);
    const saved = await api().put("/api/v1/plan").set(actors.owner.auth).send({ pitch: "Owner's pitch" }).expect(200);
    ownerPlan = saved.body;
  });

  it.each(ACTORS)("GET as %s sees only their own plan", async (actor) => {
    const response = await api().get("/api/v1/plan").set(headersFor(actor, actors));
    expect(response.status).toBe(STATUS[actor]);
    expect(JSON.stringify(response.body).includes(ownerPlan.id)).toBe(actor === "owner");
  });

  it.each(ACTORS)("PUT as %s changes only their own plan", async (actor) => {
    const response = await api()
      .put("/api/v1/plan")
      .set(headersFor(actor, actors))
      .send({ targetRoles: [`set by ${actor}`] });
    expect(response.status).toBe(STATUS[actor]);
    const owners = await api().get("/api/v1/plan").set(actors.owner.auth).expect(200);
    expect(owners.body.id).toBe(ownerPlan.id);
    expect(owners.body.pitch).toBe("Owner's pitch");
    if (actor !== "owner") expect(owners.body.targetRoles).not.toContain(`set by ${actor}`);
  });

  it("creates no plan for a coach", async () => {
    expect(await ctx.app.db.plan.count({ where: { ownerId: actors.coach.user.id } })).toBe(0);
  });
});
