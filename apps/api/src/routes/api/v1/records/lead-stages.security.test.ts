import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { makeApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { headersFor, makeActors, type Actors } from "../../../../../test/helpers/authorization.ts";
import { linkCoach } from "../../../../../test/helpers/coaching.ts";
import { makeLead } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);

type Caller = "owner" | "otherJobseeker" | "linkedCoach" | "unlinkedCoach" | "noToken" | "garbageToken" | "readKey" | "writeKey";
/** Jobseeker-only like every record route: a coach reads a client's leads through /coach/clients/:id, not here. */
const STATUS: Record<Caller, number> = {
  owner: 200,
  otherJobseeker: 404,
  linkedCoach: 403,
  unlinkedCoach: 403,
  noToken: 401,
  garbageToken: 401,
  readKey: 200,
  writeKey: 200,
};

describe("authorization: GET /api/v1/leads/:id/stages", () => {
  let actors: Actors;
  let linkedCoach: TestUser;
  let headers: Record<Caller, Record<string, string>>;
  let leadId: string;

  beforeAll(async () => {
    actors = await makeActors(ctx.app);
    linkedCoach = await signUp(ctx.app, "COACH", "Linked Coach");
    await linkCoach(ctx.app, actors.owner, linkedCoach);
    const [readKey, writeKey] = await Promise.all([
      makeApiKey(ctx.app, actors.owner, ["read"]),
      makeApiKey(ctx.app, actors.owner, ["write"]),
    ]);
    headers = {
      owner: actors.owner.auth,
      otherJobseeker: actors.otherJobseeker.auth,
      linkedCoach: linkedCoach.auth,
      unlinkedCoach: actors.coach.auth,
      noToken: headersFor("noToken", actors),
      garbageToken: headersFor("garbageToken", actors),
      readKey: readKey.auth,
      writeKey: writeKey.auth,
    };
    leadId = (await makeLead(ctx.app, actors.owner, { stage: "REFERRAL" })).id;
  });

  it.each(Object.keys(STATUS) as Caller[])("as %s", async (caller) => {
    const response = await api().get(`/api/v1/leads/${leadId}/stages`).set(headers[caller]);
    expect(response.status).toBe(STATUS[caller]);
    if (response.status === 200)
      expect(response.body.data.map((change: { stage: string }) => change.stage)).toEqual(["REFERRAL"]);
    else expect(JSON.stringify(response.body)).not.toContain("REFERRAL");
  });
});
