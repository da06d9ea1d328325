import request from "supertest";
import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { headersFor, makeActors, type Actor } from "../../../../../test/helpers/authorization.ts";
import { makeVenue } from "../../../../../test/helpers/records.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

// Jobseeker-only rules do not apply: a coach exports and deletes their own account too.
const CALLERS: Array<[Actor, number, number]> = [
  ["owner", 200, 204],
  ["coach", 200, 204],
  ["noToken", 401, 401],
  ["garbageToken", 401, 401],
];

describe("authorization: /api/v1/me/export and DELETE /api/v1/me", () => {
  it.each(CALLERS)("GET /me/export as %s → %i, never with another account's data", async (actor, status) => {
    const actors = await makeActors(ctx.app);
    const venue = await makeVenue(ctx.app, actors.otherJobseeker);
    for (const query of [{}, { format: "csv", resource: "venues" }]) {
      const response = await api().get("/api/v1/me/export").query(query).set(headersFor(actor, actors));
      expect(response.status).toBe(status);
      expect(response.text).not.toContain(venue.id);
      expect(response.text).not.toContain(actors.otherJobseeker.user.id);
    }
  });

  it.each(CALLERS)("DELETE /me as %s → %i, deleting only the caller", async (actor, _exportStatus, status) => {
    const actors = await makeActors(ctx.app);
    const response = await api().delete("/api/v1/me").set(headersFor(actor, actors));
    expect(response.status).toBe(status);
    const remaining = await ctx.app.db.user.findMany({
      where: { id: { in: [actors.owner.user.id, actors.otherJobseeker.user.id, actors.coach.user.id] } },
      select: { id: true },
    });
    const deleted = actor === "owner" || actor === "coach" ? actors[actor].user.id : null;
    expect(remaining.map((user) => user.id).sort()).toEqual(
      [actors.owner.user.id, actors.otherJobseeker.user.id, actors.coach.user.id].filter((id) => id !== deleted).sort(),
    );
  });

  it("answers 401 for a token signed with another secret", async () => {
    const actors = await makeActors(ctx.app);
    const [header, payload] = actors.owner.token.split(".");
    const forged = `${header}.${payload}.${Buffer.from("not the signature").toString("base64url")}`;
    await api()
      .get("/api/v1/me/export")
      .set({ Authorization: `Bearer ${forged}` })
      .expect(401);
    await api()
      .delete("/api/v1/me")
      .set({ Authorization: `Bearer ${forged}` })
      .expect(401);
    await api().get("/api/v1/me").set(actors.owner.auth).expect(200);
  });
});
