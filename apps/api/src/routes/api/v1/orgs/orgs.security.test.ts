/**
 * The authorization matrix of every organisation route: the organisation's
 * admin, a coach member, the coach (and admin) of another organisation, an
 * enrolled jobseeker, another jobseeker, the route owner's API keys by scope
 * (`read`, `write`, `admin`; the owner is the admin for `/orgs`, the enrolled
 * jobseeker for their own routes) and no token. Outside the organisation is a
 * 404; a member who is not an admin gets 403 on the admin's routes; jobseekers
 * get 403 on `/orgs`, coaches on the jobseeker's routes; changing who has
 * access needs a session or an `admin` key.
 */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { makeApiKey, type TestApiKey } from "../../../../../test/helpers/api-keys.ts";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { addMember, enrolWith, makeCohort, makeOrg } from "../../../../../test/helpers/orgs.ts";
import { post } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const context = useTestApp();

type Person = "admin" | "member" | "otherOrgCoach" | "enrolled" | "otherJobseeker";
type Actor = Person | "readKey" | "writeKey" | "adminKey" | "noToken";
const ACTORS: Actor[] = [
  "admin",
  "member",
  "otherOrgCoach",
  "enrolled",
  "otherJobseeker",
  "readKey",
  "writeKey",
  "adminKey",
  "noToken",
];

interface World {
  people: Record<Person, TestUser>;
  keys: Record<"admin" | "enrolled", Record<"readKey" | "writeKey" | "adminKey", TestApiKey>>;
  orgId: string;
  cohort: { id: string; joinCode: string };
  inviteId: string;
  enrolmentId: string;
}

/** One route: who owns it (whose keys are tried) and the request to make. */
interface Route {
  name: string;
  owner: "admin" | "enrolled";
  expected: Record<Actor, number>;
  call: (w: World, actor: Actor) => Promise<{ method: "get" | "post" | "put" | "delete"; path: string; body?: object }>;
}

// Expected statuses by kind of route.
const memberRead = {
  admin: 200,
  member: 200,
  otherOrgCoach: 404,
  enrolled: 403,
  otherJobseeker: 403,
  readKey: 200,
  writeKey: 200,
  adminKey: 200,
  noToken: 401,
};
const adminRead = { ...memberRead, member: 403 };
const adminWrite = (status: number) => ({ ...adminRead, admin: status, adminKey: status, readKey: 403, writeKey: 403 });
const coachWrite = {
  admin: 201,
  member: 201,
  otherOrgCoach: 201,
  enrolled: 403,
  otherJobseeker: 403,
  readKey: 403,
  writeKey: 403,
  adminKey: 201,
  noToken: 401,
};
const jobseekerRead = {
  admin: 403,
  member: 403,
  otherOrgCoach: 403,
  enrolled: 200,
  otherJobseeker: 200,
  readKey: 200,
  writeKey: 200,
  adminKey: 200,
  noToken: 401,
};

/** A fresh coach who joins the organisation, for routes that remove one. */
async function freshMember(w: World): Promise<string> {
  const coach = await signUp(context.app, "COACH");
  await addMember(context.app, w.people.admin, w.orgId, coach);
  return coach.user.id;
}

/** A fresh cohort of a fresh organisation, so that each row can enrol. */
async function freshCohort(): Promise<string> {
  const admin = await signUp(context.app, "COACH");
  return (await makeCohort(context.app, admin, await makeOrg(context.app, admin))).joinCode;
}

const ROUTES: Route[] = [
  {
    name: "POST /orgs",
    owner: "admin",
    expected: coachWrite,
    call: async () => ({ method: "post", path: "/api/v1/orgs", body: { name: "New" } }),
  },
  {
    name: "GET /orgs",
    owner: "admin",
    expected: { ...memberRead, otherOrgCoach: 200 },
    call: async () => ({ method: "get", path: "/api/v1/orgs" }),
  },
  {
    name: "GET /orgs/:orgId",
    owner: "admin",
    expected: memberRead,
    call: async (w) => ({ method: "get", path: `/api/v1/orgs/${w.orgId}` }),
  },
  {
    name: "POST /orgs/:orgId/invites",
    owner: "admin",
    expected: adminWrite(201),
    call: async (w, actor) => ({
      method: "post",
      path: `/api/v1/orgs/${w.orgId}/invites`,
      body: { email: `${actor}-${Date.now()}@example.test`, role: "COACH" },
    }),
  },
  {
    name: "GET /orgs/:orgId/invites/:inviteId",
    owner: "admin",
    expected: adminRead,
    call: async (w) => ({ method: "get", path: `/api/v1/orgs/${w.orgId}/invites/${w.inviteId}` }),
  },
  {
    name: "GET /orgs/:orgId/members",
    owner: "admin",
    expected: adminRead,
    call: async (w) => ({ method: "get", path: `/api/v1/orgs/${w.orgId}/members` }),
  },
  {
    name: "DELETE /orgs/:orgId/members/:userId",
    owner: "admin",
    expected: adminWrite(204),
    call: async (w) => ({ method: "delete", path: `/api/v1/orgs/${w.orgId}/members/${await freshMember(w)}` }),
  },
  {
    name: "POST /orgs/:orgId/cohorts",
    owner: "admin",
    expected: adminWrite(201),
    call: async (w) => ({
      method: "post",
      path: `/api/v1/orgs/${w.orgId}/cohorts`,
      body: { name: "Spring", startsOn: "2027-03-01" },
    }),
  },
  {
    name: "GET /orgs/:orgId/cohorts",
    owner: "admin",
    expected: adminRead,
    call: async (w) => ({ method: "get", path: `/api/v1/orgs/${w.orgId}/cohorts` }),
  },
  {
    name: "GET /orgs/:orgId/clients",
    owner: "admin",
    expected: adminRead,
    call: async (w) => ({ method: "get", path: `/api/v1/orgs/${w.orgId}/clients` }),
  },
  {
    name: "PUT /orgs/:orgId/clients/:clientId/coach",
    owner: "admin",
    expected: adminWrite(200),
    call: async (w) => ({
      method: "put",
      path: `/api/v1/orgs/${w.orgId}/clients/${w.people.enrolled.user.id}/coach`,
      body: { coachId: w.people.member.user.id },
    }),
  },
  {
    name: "GET /orgs/:orgId/cohorts/:cohortId/benchmarks",
    owner: "admin",
    expected: memberRead,
    call: async (w) => ({ method: "get", path: `/api/v1/orgs/${w.orgId}/cohorts/${w.cohort.id}/benchmarks` }),
  },
  {
    name: "GET /orgs/:orgId/cohorts/:cohortId/health",
    owner: "admin",
    expected: memberRead,
    call: async (w) => ({ method: "get", path: `/api/v1/orgs/${w.orgId}/cohorts/${w.cohort.id}/health?weeks=4` }),
  },
  {
    name: "POST /org-invites/accept",
    owner: "admin",
    expected: { ...coachWrite, admin: 200, member: 200, otherOrgCoach: 200, adminKey: 200 },
    call: async (w, actor) => {
      // Each row: a new organisation invites the person (or the key's owner) by email.
      const inviter = await signUp(context.app, "COACH");
      const orgId = await makeOrg(context.app, inviter);
      const person = actor in w.people ? w.people[actor as Person] : w.people.admin;
      await post(context.app, inviter, `/api/v1/orgs/${orgId}/invites`, { email: person.user.email, role: "COACH" });
      const mail = await context.app.db.emailMessage.findFirstOrThrow({
        where: { to: person.user.email, kind: "ORG_INVITE" },
        orderBy: { createdAt: "desc" },
      });
      const token = decodeURIComponent(/token=(\S+)/.exec(mail.text)![1]!);
      return { method: "post", path: "/api/v1/org-invites/accept", body: { token } };
    },
  },
  {
    name: "POST /enrolments",
    owner: "enrolled",
    expected: { ...jobseekerRead, enrolled: 201, otherJobseeker: 201, readKey: 403, writeKey: 403, adminKey: 201 },
    call: async () => ({ method: "post", path: "/api/v1/enrolments", body: { joinCode: await freshCohort() } }),
  },
  {
    name: "GET /enrolments",
    owner: "enrolled",
    expected: jobseekerRead,
    call: async () => ({ method: "get", path: "/api/v1/enrolments" }),
  },
  {
    name: "GET /enrolments/:id",
    owner: "enrolled",
    expected: { ...jobseekerRead, otherJobseeker: 404 },
    call: async (w) => ({ method: "get", path: `/api/v1/enrolments/${w.enrolmentId}` }),
  },
  {
    name: "DELETE /enrolments/:id",
    owner: "enrolled",
    expected: { ...jobseekerRead, enrolled: 204, otherJobseeker: 404, readKey: 403, writeKey: 403, adminKey: 204 },
    call: async (w) => ({
      method: "delete",
      path: `/api/v1/enrolments/${await enrolWith(context.app, w.people.enrolled, await freshCohort())}`,
    }),
  },
  {
    name: "GET /insights/benchmark",
    owner: "enrolled",
    expected: jobseekerRead,
    call: async () => ({ method: "get", path: "/api/v1/insights/benchmark" }),
  },
];

let w: World;
beforeAll(async () => {
  const [admin, member, otherOrgCoach, enrolled, otherJobseeker] = await Promise.all([
    signUp(context.app, "COACH", "Ada Admin"),
    signUp(context.app, "COACH", "Cole Member"),
    signUp(context.app, "COACH", "Otto Other"),
    signUp(context.app, "JOBSEEKER", "Enid Enrolled"),
    signUp(context.app, "JOBSEEKER", "Olga Other"),
  ]);
  const orgId = await makeOrg(context.app, admin);
  await addMember(context.app, admin, orgId, member);
  await makeOrg(context.app, otherOrgCoach, "Other Centre");
  const cohort = await makeCohort(context.app, admin, orgId);
  const enrolmentId = await enrolWith(context.app, enrolled, cohort.joinCode);
  const invite = await post(context.app, admin, `/api/v1/orgs/${orgId}/invites`, {
    email: "pending@example.test",
    role: "COACH",
  });
  const keysOf = async (owner: TestUser) => ({
    readKey: await makeApiKey(context.app, owner, ["read"]),
    writeKey: await makeApiKey(context.app, owner, ["write"]),
    adminKey: await makeApiKey(context.app, owner, ["admin"]),
  });
  w = {
    people: { admin, member, otherOrgCoach, enrolled, otherJobseeker },
    keys: { admin: await keysOf(admin), enrolled: await keysOf(enrolled) },
    orgId,
    cohort,
    inviteId: invite.id,
    enrolmentId,
  };
});

function headers(route: Route, actor: Actor): Record<string, string> {
  if (actor === "noToken") return {};
  if (actor === "readKey" || actor === "writeKey" || actor === "adminKey") return w.keys[route.owner][actor].auth;
  return w.people[actor].auth;
}

describe.each(ROUTES)("$name", (route) => {
  it.each(ACTORS)("as %s", async (actor) => {
    const call = await route.call(w, actor);
    let pending = request(context.app.server)[call.method](call.path).set(headers(route, actor));
    if (call.body) pending = pending.send(call.body);
    const response = await pending;
    expect(response.status, JSON.stringify(response.body)).toBe(route.expected[actor]);
    if (response.status === 404 || response.status === 403) {
      // A refusal never shows anything of the organisation.
      expect(JSON.stringify(response.body)).not.toContain("Northside");
    }
  });
});
