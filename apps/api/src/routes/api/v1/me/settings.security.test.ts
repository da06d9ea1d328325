/**
 * The authorization matrix of PATCH /me and POST /me/password: each account
 * changes only itself; API keys (read or write) never change the account;
 * no token is 401. A coach's link gives no hold on the client's account.
 */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { linkCoach } from "../../../../../test/helpers/coaching.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

const ACTORS = ["owner", "otherJobseeker", "linkedCoach", "unlinkedCoach", "noToken", "readKey", "writeKey"] as const;
type Actor = (typeof ACTORS)[number];

interface Fixture {
  owner: TestUser;
  others: Record<"otherJobseeker" | "linkedCoach" | "unlinkedCoach", TestUser>;
  headers: Record<Actor, Record<string, string>>;
}

async function fixture(): Promise<Fixture> {
  const [owner, otherJobseeker, linkedCoach, unlinkedCoach] = await Promise.all([
    signUp(ctx.app, "JOBSEEKER", "Owner"),
    signUp(ctx.app, "JOBSEEKER", "Other"),
    signUp(ctx.app, "COACH", "Linked"),
    signUp(ctx.app, "COACH", "Unlinked"),
  ]);
  await linkCoach(ctx.app, owner, linkedCoach);
  const [readKey, writeKey] = await Promise.all([makeApiKey(ctx.app, owner, ["read"]), makeApiKey(ctx.app, owner, ["write"])]);
  return {
    owner,
    others: { otherJobseeker, linkedCoach, unlinkedCoach },
    headers: {
      owner: owner.auth,
      otherJobseeker: otherJobseeker.auth,
      linkedCoach: linkedCoach.auth,
      unlinkedCoach: unlinkedCoach.auth,
      noToken: {},
      readKey: readKey.auth,
      writeKey: writeKey.auth,
    },
  };
}

/** Who the request acts on: the caller's own account, or nobody. */
const ACTS_ON_SELF: Record<Actor, boolean> = {
  owner: true,
  otherJobseeker: true,
  linkedCoach: true,
  unlinkedCoach: true,
  noToken: false,
  readKey: false,
  writeKey: false,
};
const STATUS = (ok: number): Record<Actor, number> => ({
  owner: ok,
  otherJobseeker: ok,
  linkedCoach: ok,
  unlinkedCoach: ok,
  noToken: 401,
  readKey: 403,
  writeKey: 403,
});

let f: Fixture;
beforeAll(async () => {
  f = await fixture();
});

describe("authorization: PATCH /me", () => {
  it.each(ACTORS)("as %s: changes only the caller's own account", async (actor) => {
    const name = `Renamed by ${actor}`;
    const response = await api().patch("/api/v1/me").set(f.headers[actor]).send({ name });
    expect(response.status).toBe(STATUS(200)[actor]);
    const owner = await ctx.app.db.user.findUniqueOrThrow({ where: { id: f.owner.user.id } });
    expect(owner.name === name).toBe(actor === "owner");
    if (actor !== "owner" && ACTS_ON_SELF[actor]) {
      const self = await ctx.app.db.user.findUniqueOrThrow({ where: { id: f.others[actor as keyof Fixture["others"]].user.id } });
      expect(self.name).toBe(name);
    }
  });
});

describe("authorization: POST /me/password", () => {
  it.each(ACTORS)("as %s: never changes the owner's password unless the owner asks", async (actor) => {
    const fresh = await fixture();
    const caller = actor === "owner" ? fresh.owner : ACTS_ON_SELF[actor] ? fresh.others[actor as keyof Fixture["others"]] : null;
    const response = await api()
      .post("/api/v1/me/password")
      .set(fresh.headers[actor])
      .send({ currentPassword: caller?.password ?? fresh.owner.password, newPassword: "a brand new password" });
    expect(response.status).toBe(STATUS(204)[actor]);
    const ownerLogin = await api()
      .post("/api/v1/auth/login")
      .send({ email: fresh.owner.user.email, password: fresh.owner.password });
    expect(ownerLogin.status).toBe(actor === "owner" ? 401 : 200);
    // The owner's session survives anyone else's password change.
    const ownerRefresh = await api().post("/api/v1/auth/refresh").set("Cookie", fresh.owner.refreshCookie);
    expect(ownerRefresh.status).toBe(actor === "owner" ? 401 : 200);
  });
});
