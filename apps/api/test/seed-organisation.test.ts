/**
 * The demo organisation (prisma/seed/organisation.ts) read back through the
 * API: twelve clients in two cohorts, three assigned by the organisation,
 * benchmarks that are not suppressed, and ten weeks of health history.
 */
import request from "supertest";
import { beforeAll, expect, it } from "vitest";
import { seedCaseload } from "../../../prisma/seed/caseload.ts";
import { HISTORY_WEEKS } from "../../../prisma/seed/health-history.ts";
import { DEMO_ORG, seedOrganisation } from "../../../prisma/seed/organisation.ts";
import { useTestApp } from "./helpers/app.ts";
import { signUp, type TestUser } from "./helpers/users.ts";

const ctx = useTestApp();
const api = () => request(ctx.app.server);
let admin: TestUser;
let orgId: string;

beforeAll(async () => {
  const dana = await signUp(ctx.app, "JOBSEEKER", "Dana");
  admin = await signUp(ctx.app, "COACH", "Casey");
  const { passwordHash } = await ctx.app.db.user.findUniqueOrThrow({ where: { id: dana.user.id } });
  const caseload = await seedCaseload(ctx.app.db, { coachId: admin.user.id, jobseekerId: dana.user.id, passwordHash });
  await seedOrganisation(ctx.app.db, { adminId: admin.user.id, autumnClientIds: [dana.user.id, ...caseload], passwordHash });
  const orgs = await api().get("/api/v1/orgs").set(admin.auth).expect(200);
  orgId = orgs.body.data[0].id;
}, 60_000);

it("seeds an organisation of two coaches and two cohorts of six, with benchmarks shown", async () => {
  const members = await api().get(`/api/v1/orgs/${orgId}/members`).set(admin.auth).expect(200);
  expect(members.body.data.map((member: { role: string; caseload: number }) => [member.role, member.caseload]).sort()).toEqual([
    ["ADMIN", 0],
    ["COACH", 3],
  ]);
  const clients = await api().get(`/api/v1/orgs/${orgId}/clients`).query({ limit: 100 }).set(admin.auth).expect(200);
  expect(clients.body.data).toHaveLength(12);
  const unassigned = await api().get(`/api/v1/orgs/${orgId}/clients`).query({ unassigned: "true", limit: 100 }).set(admin.auth);
  expect(unassigned.body.data).toHaveLength(9);
  const cohorts = await api().get(`/api/v1/orgs/${orgId}/cohorts`).set(admin.auth).expect(200);
  expect(cohorts.body.data.map((cohort: { joinCode: string }) => cohort.joinCode).sort()).toEqual(
    DEMO_ORG.cohorts.map((cohort) => cohort.joinCode).sort(),
  );
  for (const cohort of cohorts.body.data) {
    const benchmark = await api().get(`/api/v1/orgs/${orgId}/cohorts/${cohort.id}/benchmarks`).set(admin.auth).expect(200);
    expect(benchmark.body).toMatchObject({ clients: 6, suppressed: false });
    expect(benchmark.body.metrics.eventHours.p50).toBeGreaterThan(0);
  }
});

it("seeds ten weeks of health history for both cohorts, at least eight of them with quartiles", async () => {
  const cohorts = await api().get(`/api/v1/orgs/${orgId}/cohorts`).set(admin.auth).expect(200);
  for (const cohort of cohorts.body.data) {
    const { body } = await api()
      .get(`/api/v1/orgs/${orgId}/cohorts/${cohort.id}/health`)
      .query({ weeks: HISTORY_WEEKS })
      .set(admin.auth)
      .expect(200);
    expect(body.weeks.map((week: { clients: number; suppressed: boolean }) => [week.clients, week.suppressed])).toEqual(
      Array.from({ length: HISTORY_WEEKS }, () => [6, false]),
    );
    const charted = body.weeks.filter((week: { quartiles: unknown }) => week.quartiles !== null);
    expect(charted.length, cohort.name).toBeGreaterThanOrEqual(8);
  }
});
