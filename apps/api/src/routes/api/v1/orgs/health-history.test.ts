/**
 * The health history: the job's snapshots against each client's own insights
 * for the week's period, each week written once by two concurrent runs, weeks
 * in each client's own time zone, k-anonymity of the cohort's weeks (4
 * clients → suppressed, 5 → figures), leaving the cohort, and bad input.
 */
import { HEALTH_HISTORY_MAX_WEEKS, healthStatusOf } from "@traction/schemas";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { addMember, enrolWith, makeCohort, makeOrg } from "../../../../../test/helpers/orgs.ts";
import { percentile } from "../../../../../test/helpers/percentile.ts";
import { makeEvent, makeVenue } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";
import { cohortHealth, lastWeeks } from "../../../../services/orgs/cohort-health.ts";
import { snapshotPeriod } from "../../../../services/orgs/health-history.ts";

const context = useTestApp();
const api = () => request(context.app.server);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const DAY = 86_400_000;

const snapshotsOf = (clientIds: string[]) =>
  context.app.db.healthSnapshot.findMany({
    where: { clientId: { in: clientIds } },
    orderBy: [{ clientId: "asc" }, { weekStart: "asc" }],
  });

describe("health history", () => {
  let admin: TestUser;
  let coach: TestUser;
  let orgId: string;
  let cohort: { id: string; joinCode: string };
  const clients: TestUser[] = [];
  const { last } = lastWeeks(1, new Date());

  beforeAll(async () => {
    [admin, coach] = await Promise.all([signUp(context.app, "COACH", "Ada Admin"), signUp(context.app, "COACH", "Cole Coach")]);
    orgId = await makeOrg(context.app, admin);
    await addMember(context.app, admin, orgId, coach);
    cohort = await makeCohort(context.app, admin, orgId);
    // Last week, client i goes to three events of 2 hours, i of them support groups: their scores differ.
    for (let index = 0; index < 5; index += 1) {
      const client = await signUp(context.app, "JOBSEEKER", `Client ${index}`);
      const support = await makeVenue(context.app, client, { name: "Job club", kind: "JOBSEEKER_SUPPORT_GROUP" });
      const breakfast = await makeVenue(context.app, client, { name: "Breakfast", kind: "BUSINESS_NETWORKING_GROUP" });
      for (let event = 0; event < 3; event += 1) {
        const venueId = event < index ? support.id : breakfast.id;
        await makeEvent(context.app, client, { venueId, date: iso(new Date(last.getTime() + event * DAY)), hours: 2 });
      }
      clients.push(client);
    }
    for (const client of clients.slice(0, 4)) await enrolWith(context.app, client, cohort.joinCode);
  });

  const health = (user: TestUser, weeks?: number) =>
    api()
      .get(`/api/v1/orgs/${orgId}/cohorts/${cohort.id}/health`)
      .query(weeks === undefined ? {} : { weeks })
      .set(user.auth);

  it("fills every enrolled client's past weeks once, however many runs go at once", async () => {
    const ids = clients.slice(0, 4).map((client) => client.user.id);
    const [one, two] = await Promise.all([context.app.healthHistory.record(), context.app.healthHistory.record()]);
    const rows = await snapshotsOf(ids);
    expect(rows).toHaveLength(4 * HEALTH_HISTORY_MAX_WEEKS);
    expect(one.written + two.written).toBe(rows.length);
    expect([one.remaining, two.remaining]).toEqual([false, false]);
    // Not enrolled: no history.
    expect(await snapshotsOf([clients[4]!.user.id])).toEqual([]);
    // A further run finds nothing to do.
    expect(await context.app.healthHistory.record()).toEqual({ written: 0, remaining: false });
  });

  it("records for each week the health score of the client's own insights over the 28 days ending on its Sunday", async () => {
    const client = clients[2]!;
    const weeks = [last, new Date(last.getTime() - 7 * DAY), new Date(last.getTime() - 30 * 7 * DAY)];
    for (const week of weeks) {
      const period = snapshotPeriod(week, "UTC", new Date());
      const { body } = await api()
        .get("/api/v1/insights")
        .query({ from: iso(period.from), to: iso(period.to) })
        .set(client.auth)
        .expect(200);
      const row = await context.app.db.healthSnapshot.findUniqueOrThrow({
        where: { clientId_weekStart: { clientId: client.user.id, weekStart: week } },
      });
      expect({ healthScore: row.healthScore, flags: row.flags, status: row.status }, iso(week)).toEqual({
        healthScore: body.healthScore,
        flags: body.flags,
        status: healthStatusOf(body.healthScore),
      });
    }
    const lastWeek = await context.app.db.healthSnapshot.findUniqueOrThrow({
      where: { clientId_weekStart: { clientId: client.user.id, weekStart: last } },
    });
    expect(lastWeek.healthScore).not.toBeNull();
  });

  it("suppresses every week with 4 clients", async () => {
    const { body } = await health(coach).expect(200);
    expect(body.weeks).toHaveLength(12);
    expect(body.weeks.at(-1).weekStart).toBe(iso(last));
    for (const week of body.weeks)
      expect(week).toEqual({ weekStart: week.weekStart, clients: 4, suppressed: true, quartiles: null, byStatus: null });
  });

  it("with 5 clients gives the quartiles of their scores and the bands; quartiles need 5 scores", async () => {
    await enrolWith(context.app, clients[4]!, cohort.joinCode);
    await context.app.healthHistory.record({ clientIds: [clients[4]!.user.id] });
    const { body } = await health(admin, 3).expect(200);
    expect(body.weeks.map((week: { weekStart: string }) => week.weekStart)).toEqual([
      iso(new Date(last.getTime() - 14 * DAY)),
      iso(new Date(last.getTime() - 7 * DAY)),
      iso(last),
    ]);
    const scores = (
      await context.app.db.healthSnapshot.findMany({
        where: { clientId: { in: clients.map((client) => client.user.id) }, weekStart: last },
        select: { healthScore: true },
      })
    ).map((row) => row.healthScore!);
    expect(scores.every((score) => typeof score === "number")).toBe(true);
    expect(new Set(scores).size).toBeGreaterThan(1);
    const latest = body.weeks.at(-1);
    expect(latest).toEqual({
      weekStart: iso(last),
      clients: 5,
      suppressed: false,
      quartiles: { p25: percentile(scores, 0.25), p50: percentile(scores, 0.5), p75: percentile(scores, 0.75) },
      byStatus: {
        HEALTHY: scores.filter((score) => score >= 70).length,
        NEEDS_NUDGE: scores.filter((score) => score >= 40 && score < 70).length,
        STUCK: scores.filter((score) => score < 40).length,
        NOT_ENOUGH_DATA: 0,
      },
    });
    // Three weeks before, nobody had a score yet: 5 clients, bands shown, no quartiles.
    expect(body.weeks[0]).toEqual({
      weekStart: body.weeks[0].weekStart,
      clients: 5,
      suppressed: false,
      quartiles: null,
      byStatus: { HEALTHY: 0, NEEDS_NUDGE: 0, STUCK: 0, NOT_ENOUGH_DATA: 5 },
    });
  });

  it("stops counting a client in the cohort from the week they leave, and stops recording them when enrolled nowhere", async () => {
    const now = new Date();
    const later = new Date(now.getTime() + 14 * DAY);
    // Client 4 is also enrolled with another organisation; client 3 only here.
    const otherAdmin = await signUp(context.app, "COACH");
    const other = await makeCohort(context.app, otherAdmin, await makeOrg(context.app, otherAdmin, "Southside"));
    await enrolWith(context.app, clients[4]!, other.joinCode);
    for (const client of [clients[3]!, clients[4]!]) {
      const enrolments = await api().get("/api/v1/enrolments").query({ status: "ACTIVE" }).set(client.auth).expect(200);
      const here = enrolments.body.data.find((enrolment: { cohort: { id: string } }) => enrolment.cohort.id === cohort.id);
      await api().delete(`/api/v1/enrolments/${here.id}`).set(client.auth).expect(204);
    }
    // Two weeks on, the job records the weeks that have ended since.
    await context.app.healthHistory.record({ now: later });
    const { last: newest } = lastWeeks(1, later);
    const recorded = async (client: TestUser) =>
      (await snapshotsOf([client.user.id])).filter((row) => row.weekStart > last).map((row) => iso(row.weekStart));
    expect(await recorded(clients[3]!)).toEqual([]);
    expect(await recorded(clients[4]!)).toEqual([iso(new Date(newest.getTime() - 7 * DAY)), iso(newest)]);
    expect(await recorded(clients[0]!)).toHaveLength(2);

    const history = await cohortHealth(context.app.db, cohort.id, 4, later);
    expect(history.weeks.map((week) => [iso(week.weekStart), week.clients])).toEqual([
      [iso(new Date(last.getTime() - 7 * DAY)), 5],
      [iso(last), 5],
      [iso(new Date(newest.getTime() - 7 * DAY)), 3],
      [iso(newest), 3],
    ]);
    expect(history.weeks.at(-1)).toMatchObject({ suppressed: true, quartiles: null, byStatus: null });
  });

  it("takes each client's weeks in their own time zone", async () => {
    const [east, west] = await Promise.all([signUp(context.app, "JOBSEEKER", "East"), signUp(context.app, "JOBSEEKER", "West")]);
    await api().patch("/api/v1/me").set(east.auth).send({ timezone: "Pacific/Auckland" }).expect(200);
    await api().patch("/api/v1/me").set(west.auth).send({ timezone: "America/Los_Angeles" }).expect(200);
    for (const client of [east, west]) await enrolWith(context.app, client, cohort.joinCode);
    // Sunday 8 March 2026, 20:00 UTC: Monday morning in Auckland, Sunday noon in Los Angeles.
    const now = new Date("2026-03-08T20:00:00Z");
    await context.app.healthHistory.record({ now, clientIds: [east.user.id, west.user.id], weeks: 1 });
    const rows = await snapshotsOf([east.user.id, west.user.id]);
    expect(rows.map((row) => [row.clientId, iso(row.weekStart), row.timeZone]).sort()).toEqual(
      [
        [east.user.id, "2026-03-02", "Pacific/Auckland"],
        [west.user.id, "2026-02-23", "America/Los_Angeles"],
      ].sort(),
    );
  });

  it("is a 404 for a cohort of another organisation, and a 400 naming `weeks` for a bad number", async () => {
    const otherAdmin = await signUp(context.app, "COACH");
    const otherCohort = await makeCohort(context.app, otherAdmin, await makeOrg(context.app, otherAdmin, "Elsewhere"));
    await api().get(`/api/v1/orgs/${orgId}/cohorts/${otherCohort.id}/health`).set(admin.auth).expect(404);
    for (const weeks of ["0", "53", "1.5", "twelve"]) {
      const bad = await api()
        .get(`/api/v1/orgs/${orgId}/cohorts/${cohort.id}/health`)
        .query({ weeks })
        .set(admin.auth)
        .expect(400);
      expect(
        bad.body.errors.map((error: { path: string }) => error.path),
        weeks,
      ).toEqual(["weeks"]);
    }
    const longest = await health(admin, 52).expect(200);
    expect(longest.body.weeks).toHaveLength(52);
  });
});
