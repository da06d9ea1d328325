import request from "supertest";
import { describe, expect, it } from "vitest";
import { makeEverything } from "../../../../../test/helpers/account.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

/** Every table of the database (whoever added it), with how many of its rows mention any of `needles`. */
async function rowsMentioning(needles: string[]): Promise<Record<string, number>> {
  const tables = await ctx.app.db.$queryRaw<Array<{ name: string }>>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const patterns = needles.map((needle) => `%${needle}%`);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await ctx.app.db.$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM ${quoted} t WHERE t::text ILIKE ANY($1::text[])`,
      patterns,
    );
    counts[name] = row!.n;
  }
  return counts;
}

const exportText = async (user: TestUser) => {
  const { body } = await api().get("/api/v1/me/export").set(user.auth).expect(200);
  return JSON.stringify({ ...body, exportedAt: null });
};

describe("DELETE /api/v1/me", () => {
  it("deletes the account and every row it owns, in every table, and nothing of anyone else", async () => {
    const [owner, other] = await Promise.all([signUp(ctx.app), signUp(ctx.app)]);
    const mine = await makeEverything(ctx.app, owner, "mine");
    await makeEverything(ctx.app, other, "theirs");
    const needles = [owner.user.id, owner.user.email, mine.planId, ...Object.values(mine.ids).flat()];
    const otherBefore = await exportText(other);

    const before = await rowsMentioning(needles);
    // The probe finds the owner's rows everywhere they live, join tables included.
    for (const table of [
      "User",
      "RefreshToken",
      "Plan",
      "Venue",
      "Event",
      "Contact",
      "Conversation",
      "ConversationContact",
      "ConversationCompany",
      "Meeting",
      "Company",
      "Lead",
      "LeadStageChange",
      "Task",
      "Post",
      "IdempotencyKey",
    ]) {
      expect(before[table], table).toBeGreaterThan(0);
    }

    const response = await api().delete("/api/v1/me").set(owner.auth).expect(204);
    expect(response.text).toBe("");
    const after = await rowsMentioning(needles);
    expect(Object.entries(after).filter(([, count]) => count > 0)).toEqual([]);
    expect(await exportText(other)).toBe(otherBefore);
  });

  it("stops the access token at once and the refresh cookie too, and clears the cookie", async () => {
    const user = await signUp(ctx.app);
    await api().get("/api/v1/me").set(user.auth).expect(200);
    const response = await api().delete("/api/v1/me").set(user.auth).expect(204);
    const cleared = ([] as string[]).concat(response.headers["set-cookie"] ?? []).find((c) => c.startsWith("traction_refresh="));
    expect(cleared).toMatch(/^traction_refresh=;.*Path=\/api\/v1\/auth/);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);

    for (const path of ["/api/v1/me", "/api/v1/me/export", "/api/v1/venues", "/api/v1/plan"]) {
      const denied = await api().get(path).set(user.auth).expect(401);
      expect(denied.body.detail).toBe("The account no longer exists");
    }
    await api().delete("/api/v1/me").set(user.auth).expect(401);
    await api().post("/api/v1/auth/refresh").set("Cookie", user.refreshCookie).expect(401);
    await api().post("/api/v1/auth/login").send({ email: user.user.email, password: user.password }).expect(401);
  });

  it("lets the email register again as a new, empty account", async () => {
    const user = await signUp(ctx.app);
    await makeEverything(ctx.app, user, "again");
    await api().delete("/api/v1/me").set(user.auth).expect(204);
    const again = await api()
      .post("/api/v1/auth/register")
      .send({ email: user.user.email, password: user.password, name: "Back Again", role: "JOBSEEKER" })
      .expect(201);
    expect(again.body.user.id).not.toBe(user.user.id);
    const { body } = await api()
      .get("/api/v1/me/export")
      .set({ Authorization: `Bearer ${again.body.accessToken}` })
      .expect(200);
    expect(body.venues).toEqual([]);
  });

  it("works for a coach, whose assignments stay with the client without assignedById", async () => {
    const [coach, client] = await Promise.all([signUp(ctx.app, "COACH"), signUp(ctx.app)]);
    // Coach assignments are written by the coach routes; here the row is made directly.
    const assignment = await ctx.app.db.task.create({
      data: { ownerId: client.user.id, title: "Draft your pitch", assignedById: coach.user.id },
    });
    await api().delete("/api/v1/me").set(coach.auth).expect(204);
    await api().get("/api/v1/me").set(coach.auth).expect(401);
    const task = await api().get(`/api/v1/tasks/${assignment.id}`).set(client.auth).expect(200);
    expect(task.body).toMatchObject({ title: "Draft your pitch", assignedById: null });
    expect(Object.values(await rowsMentioning([coach.user.id])).every((count) => count === 0)).toBe(true);
  });
});
