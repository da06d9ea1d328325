/**
 * Organisations end to end through the API: members and invitations, cohorts
 * and enrolment, the client roster (ordered by need, filtered, in the access
 * log), assignment (replacing the organisation's own earlier link, never a
 * link the jobseeker made), leaving and removing a member.
 */
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { linkCoach } from "../../../../../test/helpers/coaching.ts";
import { addMember, assign, enrolWith, inviteTokenFor, makeCohort, makeOrg } from "../../../../../test/helpers/orgs.ts";
import { makeEvent, post } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const context = useTestApp();
const api = () => request(context.app.server);

describe("organisations and members", () => {
  it("a coach creates an organisation and is its admin; it is listed and readable by its members only", async () => {
    const admin = await signUp(context.app, "COACH", "Ada Admin");
    const created = await api().post("/api/v1/orgs").set(admin.auth).send({ name: "  Northside Careers " }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      name: "Northside Careers",
      role: "ADMIN",
      createdAt: expect.any(String),
    });
    expect(created.headers.location).toBe(`/api/v1/orgs/${created.body.id}`);
    const list = await api().get("/api/v1/orgs").set(admin.auth).expect(200);
    expect(list.body.data.map((org: { id: string }) => org.id)).toEqual([created.body.id]);
    await api().get(`/api/v1/orgs/${created.body.id}`).set(admin.auth).expect(200);
    const outsider = await signUp(context.app, "COACH");
    await api().get(`/api/v1/orgs/${created.body.id}`).set(outsider.auth).expect(404);
    expect((await api().get("/api/v1/orgs").set(outsider.auth).expect(200)).body.data).toEqual([]);
  });

  it("every member sees the organisation's cohorts (without join codes), so a coach can open their benchmarks", async () => {
    const admin = await signUp(context.app, "COACH", "Ada Admin");
    const coach = await signUp(context.app, "COACH", "Cole Coach");
    const orgId = await makeOrg(context.app, admin);
    await addMember(context.app, admin, orgId, coach);
    const autumn = await makeCohort(context.app, admin, orgId, "Autumn 2026");
    const seen = await api().get(`/api/v1/orgs/${orgId}`).set(coach.auth).expect(200);
    expect(seen.body).toMatchObject({ id: orgId, role: "COACH" });
    expect(seen.body.cohorts).toEqual([{ id: autumn.id, name: "Autumn 2026", startsOn: "2026-09-01", endsOn: null }]);
    expect(JSON.stringify(seen.body)).not.toContain(autumn.joinCode);
    // The cohort list with join codes stays the admins'.
    await api().get(`/api/v1/orgs/${orgId}/cohorts`).set(coach.auth).expect(403);
    await api().get(`/api/v1/orgs/${orgId}/cohorts/${autumn.id}/benchmarks`).set(coach.auth).expect(200);
  });

  it("names each bad field", async () => {
    const admin = await signUp(context.app, "COACH");
    const response = await api().post("/api/v1/orgs").set(admin.auth).send({ name: "", role: "ADMIN" }).expect(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(["name", "role"]);
    const orgId = await makeOrg(context.app, admin);
    const invite = await api()
      .post(`/api/v1/orgs/${orgId}/invites`)
      .set(admin.auth)
      .send({ email: "nope", role: "BOSS" })
      .expect(400);
    expect(invite.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(["email", "role"]);
    const cohort = await api()
      .post(`/api/v1/orgs/${orgId}/cohorts`)
      .set(admin.auth)
      .send({ name: "Spring", startsOn: "2026-05-01", endsOn: "2026-04-01" })
      .expect(400);
    expect(cohort.body.errors).toEqual([{ path: "endsOn", message: "Must not be before the start date" }]);
  });

  it("an emailed invitation works once, only for the invited address, and makes a member with a caseload", async () => {
    const admin = await signUp(context.app, "COACH", "Ada Admin");
    const coach = await signUp(context.app, "COACH", "Cole Coach");
    const stranger = await signUp(context.app, "COACH", "Stranger");
    const orgId = await makeOrg(context.app, admin);
    const invite = await api()
      .post(`/api/v1/orgs/${orgId}/invites`)
      .set(admin.auth)
      .send({ email: coach.user.email.toUpperCase(), role: "COACH" })
      .expect(201);
    expect(invite.body).toEqual({
      id: expect.any(String),
      email: coach.user.email,
      role: "COACH",
      expiresAt: expect.any(String),
      acceptedAt: null,
    });
    const days = (Date.parse(invite.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const token = await inviteTokenFor(context.app, coach.user.email);
    // Only the hash is stored.
    expect(await context.app.db.orgInvite.count({ where: { tokenHash: token } })).toBe(0);

    await api().post("/api/v1/org-invites/accept").set(stranger.auth).send({ token }).expect(404);
    await api().post("/api/v1/org-invites/accept").set(coach.auth).send({ token }).expect(200, { orgId, role: "COACH" });
    await api().post("/api/v1/org-invites/accept").set(coach.auth).send({ token }).expect(404);
    await api().post("/api/v1/org-invites/accept").set(coach.auth).send({ token: "made-up" }).expect(404);
    const read = await api().get(`/api/v1/orgs/${orgId}/invites/${invite.body.id}`).set(admin.auth).expect(200);
    expect(read.body.acceptedAt).not.toBeNull();

    const members = await api().get(`/api/v1/orgs/${orgId}/members`).set(admin.auth).expect(200);
    expect(members.body.data).toEqual([
      {
        user: { id: coach.user.id, name: "Cole Coach", email: coach.user.email },
        role: "COACH",
        caseload: 0,
        joinedAt: expect.any(String),
      },
      {
        user: { id: admin.user.id, name: "Ada Admin", email: admin.user.email },
        role: "ADMIN",
        caseload: 0,
        joinedAt: expect.any(String),
      },
    ]);
    // A second invitation to a member: accepting it is a 409 and leaves it unused.
    await post(context.app, admin, `/api/v1/orgs/${orgId}/invites`, { email: coach.user.email, role: "ADMIN" });
    const again = await inviteTokenFor(context.app, coach.user.email);
    await api().post("/api/v1/org-invites/accept").set(coach.auth).send({ token: again }).expect(409);
  });

  it("an expired invitation is a 404", async () => {
    const admin = await signUp(context.app, "COACH");
    const coach = await signUp(context.app, "COACH");
    const orgId = await makeOrg(context.app, admin);
    await post(context.app, admin, `/api/v1/orgs/${orgId}/invites`, { email: coach.user.email, role: "COACH" });
    const token = await inviteTokenFor(context.app, coach.user.email);
    await context.app.db.orgInvite.updateMany({ where: { orgId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await api().post("/api/v1/org-invites/accept").set(coach.auth).send({ token }).expect(404);
  });

  it("limits invitations per address", async () => {
    const admin = await signUp(context.app, "COACH");
    const orgId = await makeOrg(context.app, admin);
    const email = `limited-${Date.now()}@example.test`;
    for (let sent = 0; sent < 5; sent += 1)
      await post(context.app, admin, `/api/v1/orgs/${orgId}/invites`, { email, role: "COACH" });
    const refused = await api().post(`/api/v1/orgs/${orgId}/invites`).set(admin.auth).send({ email, role: "COACH" }).expect(429);
    expect(refused.headers["retry-after"]).toBeDefined();
    expect(await context.app.db.orgInvite.count({ where: { email } })).toBe(5);
  });
});

interface World {
  admin: TestUser;
  coach: TestUser;
  otherCoach: TestUser;
  orgId: string;
  cohort: { id: string; joinCode: string };
}

async function world(): Promise<World> {
  const [admin, coach, otherCoach] = await Promise.all([
    signUp(context.app, "COACH", "Ada Admin"),
    signUp(context.app, "COACH", "Cole Coach"),
    signUp(context.app, "COACH", "Dana Coach"),
  ]);
  const orgId = await makeOrg(context.app, admin);
  await addMember(context.app, admin, orgId, coach);
  await addMember(context.app, admin, orgId, otherCoach);
  return { admin, coach, otherCoach, orgId, cohort: await makeCohort(context.app, admin, orgId) };
}

describe("cohorts and enrolment", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("a jobseeker enrols with the code however typed; twice in one organisation is a 409; a wrong code a 404", async () => {
    const jobseeker = await signUp(context.app, "JOBSEEKER", "Jo Seeker");
    expect(w.cohort.joinCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const typed = ` ${w.cohort.joinCode.replaceAll("-", "").toLowerCase()} `;
    const created = await api().post("/api/v1/enrolments").set(jobseeker.auth).send({ joinCode: typed }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      org: { id: w.orgId, name: "Northside Career Centre" },
      cohort: { id: w.cohort.id, name: "Autumn 2026" },
      status: "ACTIVE",
      createdAt: expect.any(String),
      endedAt: null,
    });
    expect(created.headers.location).toBe(`/api/v1/enrolments/${created.body.id}`);
    await api().get(`/api/v1/enrolments/${created.body.id}`).set(jobseeker.auth).expect(200);
    const second = await makeCohort(context.app, w.admin, w.orgId, "Winter");
    await api().post("/api/v1/enrolments").set(jobseeker.auth).send({ joinCode: second.joinCode }).expect(409);
    await api().post("/api/v1/enrolments").set(jobseeker.auth).send({ joinCode: "AAAA-BBBB-CCCC" }).expect(404);
    const cohorts = await api().get(`/api/v1/orgs/${w.orgId}/cohorts`).set(w.admin.auth).expect(200);
    expect(cohorts.body.data.map((cohort: { name: string; clients: number }) => [cohort.name, cohort.clients])).toEqual([
      ["Winter", 0],
      ["Autumn 2026", 1],
    ]);
    const mine = await api().get("/api/v1/enrolments").set(jobseeker.auth).expect(200);
    expect(mine.body.data.map((enrolment: { id: string }) => enrolment.id)).toEqual([created.body.id]);
  });
});

describe("the organisation's clients and assignment", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("lists enrolled clients most in need first, filters by cohort, coach and unassigned, and logs each read naming the organisation", async () => {
    const quiet = await signUp(context.app, "JOBSEEKER", "Quiet Client");
    const busy = await signUp(context.app, "JOBSEEKER", "Busy Client");
    const elsewhere = await signUp(context.app, "JOBSEEKER", "Not Enrolled");
    const other = await makeCohort(context.app, w.admin, w.orgId, "Other cohort");
    await enrolWith(context.app, quiet, w.cohort.joinCode);
    await enrolWith(context.app, busy, other.joinCode);
    await makeEvent(context.app, busy, { hours: 3 });
    await assign(context.app, w.admin, w.orgId, busy.user.id, w.coach.user.id);

    const all = await api().get(`/api/v1/orgs/${w.orgId}/clients`).set(w.admin.auth).expect(200);
    const names = all.body.data.map((entry: { client: { name: string } }) => entry.client.name);
    expect(names).not.toContain(elsewhere.user.name);
    const busyEntry = all.body.data.find((entry: { client: { id: string } }) => entry.client.id === busy.user.id);
    expect(busyEntry).toMatchObject({
      cohortId: other.id,
      coach: { id: w.coach.user.id, name: "Cole Coach" },
      lastActivityOn: expect.any(String),
      flags: expect.any(Array),
    });
    expect(busyEntry).toHaveProperty("healthScore");
    expect(busyEntry).not.toHaveProperty("events");
    // Never active (no score, no activity) comes before the client with activity.
    expect(names.indexOf("Quiet Client")).toBeLessThan(names.indexOf("Busy Client"));

    const byCohort = await api()
      .get(`/api/v1/orgs/${w.orgId}/clients`)
      .query({ cohortId: other.id })
      .set(w.admin.auth)
      .expect(200);
    expect(byCohort.body.data.map((entry: { client: { id: string } }) => entry.client.id)).toEqual([busy.user.id]);
    const byCoach = await api()
      .get(`/api/v1/orgs/${w.orgId}/clients`)
      .query({ coachId: w.coach.user.id })
      .set(w.admin.auth)
      .expect(200);
    expect(byCoach.body.data.map((entry: { client: { id: string } }) => entry.client.id)).toEqual([busy.user.id]);
    const unassigned = await api()
      .get(`/api/v1/orgs/${w.orgId}/clients`)
      .query({ unassigned: "true" })
      .set(w.admin.auth)
      .expect(200);
    expect(unassigned.body.data.map((entry: { client: { id: string } }) => entry.client.id)).toEqual([quiet.user.id]);
    await api().get(`/api/v1/orgs/${w.orgId}/clients`).query({ unassigned: "yes", cohortId: "x" }).set(w.admin.auth).expect(400);

    const log = await api().get("/api/v1/me/access-log").set(quiet.auth).expect(200);
    expect(log.body.data[0]).toEqual({
      coach: { id: w.admin.user.id, name: "Ada Admin" },
      org: { id: w.orgId, name: "Northside Career Centre" },
      resource: "org-roster",
      at: expect.any(String),
    });
    // One entry per read that listed `quiet`: the whole roster and the unassigned ones.
    expect(log.body.data.filter((entry: { resource: string }) => entry.resource === "org-roster")).toHaveLength(2);
  });

  it("shows a client's write and change of time zone on the next read, without their other entries being rescored", async () => {
    const mover = await signUp(context.app, "JOBSEEKER", "Moving Client");
    const still = await signUp(context.app, "JOBSEEKER", "Still Client");
    for (const client of [mover, still]) await enrolWith(context.app, client, w.cohort.joinCode);
    const entryOf = async (client: TestUser) => {
      const list = await api().get(`/api/v1/orgs/${w.orgId}/clients`).query({ limit: 100 }).set(w.admin.auth).expect(200);
      return list.body.data.find((entry: { client: { id: string } }) => entry.client.id === client.user.id);
    };
    const stored = (client: TestUser) => context.app.db.rosterScore.findUniqueOrThrow({ where: { clientId: client.user.id } });
    expect(await entryOf(mover)).toMatchObject({ lastActivityOn: null });
    const stillScored = (await stored(still)).computedAt;

    await makeEvent(context.app, mover, { hours: 2 });
    expect(await entryOf(mover)).toMatchObject({ lastActivityOn: expect.any(String) });
    await api().patch("/api/v1/me").set(mover.auth).send({ timezone: "Pacific/Auckland" }).expect(200);
    await entryOf(mover);
    expect(await stored(mover)).toMatchObject({ timeZone: "Pacific/Auckland" });
    expect((await stored(still)).computedAt).toEqual(stillScored);
  });

  it("an admin reads no client's records unless linked as their coach", async () => {
    const client = await signUp(context.app, "JOBSEEKER");
    await enrolWith(context.app, client, w.cohort.joinCode);
    await makeEvent(context.app, client);
    await api().get(`/api/v1/coach/clients/${client.user.id}/events`).set(w.admin.auth).expect(404);
    await api().get(`/api/v1/coach/clients/${client.user.id}/insights`).set(w.admin.auth).expect(404);
    await assign(context.app, w.admin, w.orgId, client.user.id, w.admin.user.id);
    await api().get(`/api/v1/coach/clients/${client.user.id}/events`).set(w.admin.auth).expect(200);
  });

  it("assignment links the coach, replaces the organisation's earlier link, and leaves a self-made link alone", async () => {
    const client = await signUp(context.app, "JOBSEEKER");
    const privateCoach = await signUp(context.app, "COACH", "Private Coach");
    const ownLink = await linkCoach(context.app, client, privateCoach);
    await enrolWith(context.app, client, w.cohort.joinCode);

    const first = await assign(context.app, w.admin, w.orgId, client.user.id, w.coach.user.id);
    expect(first.madeByOrg).toBe(true);
    const roster = await api().get("/api/v1/coach/clients").set(w.coach.auth).expect(200);
    expect(roster.body.data.map((entry: { client: { id: string } }) => entry.client.id)).toContain(client.user.id);

    const second = await assign(context.app, w.admin, w.orgId, client.user.id, w.otherCoach.user.id);
    expect(second.linkId).not.toBe(first.linkId);
    await api().get(`/api/v1/coach/clients/${client.user.id}`).set(w.coach.auth).expect(404);
    await api().get(`/api/v1/coach/clients/${client.user.id}`).set(w.otherCoach.auth).expect(200);
    await api().get(`/api/v1/coach/clients/${client.user.id}`).set(privateCoach.auth).expect(200);

    const coaches = await api().get("/api/v1/coaches").set(client.auth).expect(200);
    const status = Object.fromEntries(coaches.body.data.map((link: { id: string; status: string }) => [link.id, link.status]));
    expect(status).toEqual({ [ownLink]: "ACTIVE", [first.linkId]: "ENDED", [second.linkId]: "ACTIVE" });

    // Assigning the same coach again changes nothing; the caseloads count the organisation's links only.
    expect((await assign(context.app, w.admin, w.orgId, client.user.id, w.otherCoach.user.id)).linkId).toBe(second.linkId);
    const members = await api().get(`/api/v1/orgs/${w.orgId}/members`).set(w.admin.auth).expect(200);
    const caseload = (id: string) => members.body.data.find((member: { user: { id: string } }) => member.user.id === id).caseload;
    expect(caseload(w.otherCoach.user.id)).toBe(1);
    expect(caseload(w.coach.user.id)).toBe(1);
  });

  it("assigning the coach the jobseeker already linked keeps that link as the assignment", async () => {
    const client = await signUp(context.app, "JOBSEEKER");
    const ownLink = await linkCoach(context.app, client, w.coach);
    await enrolWith(context.app, client, w.cohort.joinCode);
    const assigned = await assign(context.app, w.admin, w.orgId, client.user.id, w.coach.user.id);
    expect(assigned).toMatchObject({ linkId: ownLink, madeByOrg: false });
  });

  it("refuses a coach who is not a member (400) and a client who is not enrolled (404)", async () => {
    const client = await signUp(context.app, "JOBSEEKER");
    const outsider = await signUp(context.app, "COACH");
    await enrolWith(context.app, client, w.cohort.joinCode);
    const bad = await api()
      .put(`/api/v1/orgs/${w.orgId}/clients/${client.user.id}/coach`)
      .set(w.admin.auth)
      .send({ coachId: outsider.user.id })
      .expect(400);
    expect(bad.body.errors).toEqual([{ path: "coachId", message: "That coach does not exist any more; choose another" }]);
    const stranger = await signUp(context.app, "JOBSEEKER");
    await api()
      .put(`/api/v1/orgs/${w.orgId}/clients/${stranger.user.id}/coach`)
      .set(w.admin.auth)
      .send({ coachId: w.coach.user.id })
      .expect(404);
  });
});

describe("leaving and removing", () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it("leaving ends the organisation's access and its links at once; a self-made link stays", async () => {
    const client = await signUp(context.app, "JOBSEEKER");
    const privateCoach = await signUp(context.app, "COACH");
    await linkCoach(context.app, client, privateCoach);
    const enrolmentId = await enrolWith(context.app, client, w.cohort.joinCode);
    await assign(context.app, w.admin, w.orgId, client.user.id, w.coach.user.id);
    await api().get(`/api/v1/coach/clients/${client.user.id}`).set(w.coach.auth).expect(200);

    await api().delete(`/api/v1/enrolments/${enrolmentId}`).set(client.auth).expect(204);
    await api().get(`/api/v1/coach/clients/${client.user.id}`).set(w.coach.auth).expect(404);
    await api().get(`/api/v1/coach/clients/${client.user.id}`).set(privateCoach.auth).expect(200);
    const roster = await api().get(`/api/v1/orgs/${w.orgId}/clients`).set(w.admin.auth).expect(200);
    expect(roster.body.data.map((entry: { client: { id: string } }) => entry.client.id)).not.toContain(client.user.id);
    await api()
      .put(`/api/v1/orgs/${w.orgId}/clients/${client.user.id}/coach`)
      .set(w.admin.auth)
      .send({ coachId: w.coach.user.id })
      .expect(404);
    const enrolment = await api().get(`/api/v1/enrolments/${enrolmentId}`).set(client.auth).expect(200);
    expect(enrolment.body).toMatchObject({ status: "LEFT", endedAt: expect.any(String) });
    // Leaving twice changes nothing; the enrolment of someone else is a 404.
    await api().delete(`/api/v1/enrolments/${enrolmentId}`).set(client.auth).expect(204);
    const other = await signUp(context.app, "JOBSEEKER");
    await api().delete(`/api/v1/enrolments/${enrolmentId}`).set(other.auth).expect(404);
    // They may enrol again.
    await enrolWith(context.app, client, w.cohort.joinCode);
  });

  it("removing a member ends the links the organisation made for them; the last admin stays", async () => {
    const client = await signUp(context.app, "JOBSEEKER");
    await enrolWith(context.app, client, w.cohort.joinCode);
    await assign(context.app, w.admin, w.orgId, client.user.id, w.otherCoach.user.id);
    await api().delete(`/api/v1/orgs/${w.orgId}/members/${w.otherCoach.user.id}`).set(w.admin.auth).expect(204);
    await api().get(`/api/v1/coach/clients/${client.user.id}`).set(w.otherCoach.auth).expect(404);
    await api().get(`/api/v1/orgs/${w.orgId}`).set(w.otherCoach.auth).expect(404);
    const roster = await api().get(`/api/v1/orgs/${w.orgId}/clients`).query({ unassigned: "true" }).set(w.admin.auth).expect(200);
    expect(roster.body.data.map((entry: { client: { id: string } }) => entry.client.id)).toContain(client.user.id);
    await api().delete(`/api/v1/orgs/${w.orgId}/members/${w.admin.user.id}`).set(w.admin.auth).expect(409);
    await api().delete(`/api/v1/orgs/${w.orgId}/members/${w.otherCoach.user.id}`).set(w.admin.auth).expect(404);
  });
});
