/**
 * Cohort benchmarks: k-anonymity (4 clients → suppressed, 5 → figures), the
 * figures against a direct computation from the clients' own insights and
 * from SQL over their events, and a jobseeker's percentile in their cohort.
 */
import { BENCHMARK_METRICS, type TBenchmarkMetric } from "@traction/schemas";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { addMember, enrolWith, makeCohort, makeOrg } from "../../../../../test/helpers/orgs.ts";
import { percentile } from "../../../../../test/helpers/percentile.ts";
import { makeContact, makeEvent, makeLead } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";

const context = useTestApp();
const api = () => request(context.app.server);

/** A client's figures, read from their own insights the way a person would read them. */
async function figuresFromInsights(client: TestUser): Promise<Record<TBenchmarkMetric, number | null>> {
  const { body } = await api().get("/api/v1/insights").set(client.auth).expect(200);
  const conversations = body.tips.find((tip: { tip: string }) => tip.tip === "CONVERSATIONS").metrics;
  return {
    eventHours: body.funnel.hours,
    venueKinds: body.byVenueKind.filter((kind: { events: number }) => kind.events > 0).length,
    newContacts: body.funnel.newContacts,
    conversations: body.funnel.conversations,
    conversationsMentioningSearchPct:
      conversations.mentionedJobSearchShare === null ? null : Math.round(conversations.mentionedJobSearchShare * 1000) / 10,
    oneOnOnes: body.funnel.oneOnOnes,
    leads: body.funnel.leads,
    interviews: body.funnel.interviews,
    offers: body.funnel.offers,
    healthScore: body.healthScore,
  };
}

describe("cohort benchmarks", () => {
  let admin: TestUser;
  let coach: TestUser;
  let orgId: string;
  let cohort: { id: string; joinCode: string };
  const clients: TestUser[] = [];

  beforeAll(async () => {
    admin = await signUp(context.app, "COACH", "Ada Admin");
    coach = await signUp(context.app, "COACH", "Cole Coach");
    orgId = await makeOrg(context.app, admin);
    await addMember(context.app, admin, orgId, coach);
    cohort = await makeCohort(context.app, admin, orgId);
    // Client i spends i hours at one event and meets i - 1 people.
    for (let index = 1; index <= 5; index += 1) {
      const client = await signUp(context.app, "JOBSEEKER", `Client ${index}`);
      await makeEvent(context.app, client, { hours: index });
      for (let contact = 1; contact < index; contact += 1) await makeContact(context.app, client, { name: `Person ${contact}` });
      clients.push(client);
    }
    for (const client of clients.slice(0, 4)) await enrolWith(context.app, client, cohort.joinCode);
  });

  const benchmark = (user: TestUser) => api().get(`/api/v1/orgs/${orgId}/cohorts/${cohort.id}/benchmarks`).set(user.auth);

  it("suppresses every figure with 4 clients, for the organisation and for the jobseeker", async () => {
    const { body } = await benchmark(admin).expect(200);
    expect(body).toEqual({ period: expect.any(Object), clients: 4, suppressed: true, metrics: null, outcomes: null });
    const mine = await api().get("/api/v1/insights/benchmark").set(clients[0]!.auth).expect(200);
    expect(mine.body.data).toEqual([
      {
        cohort: { id: cohort.id, name: "Autumn 2026" },
        org: { id: orgId, name: "Northside Career Centre" },
        clients: 4,
        suppressed: true,
        metrics: null,
      },
    ]);
  });

  it("with 5 clients gives each metric's quartiles, equal to a direct computation", async () => {
    await enrolWith(context.app, clients[4]!, cohort.joinCode);
    const { body } = await benchmark(coach).expect(200);
    expect(body.clients).toBe(5);
    expect(body.suppressed).toBe(false);
    expect(body.metrics.eventHours).toEqual({ p25: 2, p50: 3, p75: 4 });
    expect(body.metrics.newContacts).toEqual({ p25: 1, p50: 2, p75: 3 });

    const figures = await Promise.all(clients.map(figuresFromInsights));
    for (const metric of BENCHMARK_METRICS) {
      const values = figures.map((figure) => figure[metric]).filter((value): value is number => value !== null);
      expect(body.metrics[metric], metric).toEqual({
        p25: percentile(values, 0.25),
        p50: percentile(values, 0.5),
        p75: percentile(values, 0.75),
      });
    }

    // The hours once more, straight from the events table.
    const [sql] = await context.app.db.$queryRaw<Array<{ quartiles: number[] }>>`
      SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY hours) AS quartiles
      FROM (SELECT e."ownerId", sum(e.hours)::float8 AS hours FROM "Event" e
            JOIN "Enrolment" n ON n."jobseekerId" = e."ownerId" AND n."cohortId" = ${cohort.id}::uuid AND n.status = 'ACTIVE'
            GROUP BY e."ownerId") per_client`;
    expect([body.metrics.eventHours.p25, body.metrics.eventHours.p50, body.metrics.eventHours.p75]).toEqual(sql!.quartiles);
  });

  it("counts the clients whose leads reached an interview, an offer or a hire in the period", async () => {
    expect((await benchmark(admin).expect(200)).body.outcomes).toEqual({ interviews: 0, offers: 0, hired: 0 });
    const interviewing = await makeLead(context.app, clients[1]!, { title: "Ops lead", stage: "INTERVIEW" });
    await api().patch(`/api/v1/leads/${interviewing.id}`).set(clients[1]!.auth).send({ stage: "HIRED" }).expect(200);
    await makeLead(context.app, clients[2]!, { title: "Analyst", stage: "OFFER" });
    await makeLead(context.app, clients[2]!, { title: "Planner", stage: "INTERVIEW" });
    await makeLead(context.app, clients[3]!, { title: "Buyer", stage: "APPLIED" });
    const { body } = await benchmark(coach).expect(200);
    expect(body.outcomes).toEqual({ interviews: 2, offers: 1, hired: 1 });
  });

  it("tells a jobseeker the share of their cohort below them", async () => {
    const top = await api().get("/api/v1/insights/benchmark").set(clients[4]!.auth).expect(200);
    expect(top.body.data[0]).toMatchObject({ clients: 5, suppressed: false });
    expect(top.body.data[0].metrics.eventHours).toEqual({ value: 5, percentile: 80 });
    expect(top.body.data[0].metrics.newContacts).toEqual({ value: 4, percentile: 80 });
    const bottom = await api().get("/api/v1/insights/benchmark").set(clients[0]!.auth).expect(200);
    expect(bottom.body.data[0].metrics.eventHours).toEqual({ value: 1, percentile: 0 });
    const middle = await api().get("/api/v1/insights/benchmark").set(clients[2]!.auth).expect(200);
    expect(middle.body.data[0].metrics.eventHours).toEqual({ value: 3, percentile: 40 });
  });

  it("drops back under the threshold the moment a client leaves", async () => {
    const enrolments = await api().get("/api/v1/enrolments").set(clients[4]!.auth).expect(200);
    await api().delete(`/api/v1/enrolments/${enrolments.body.data[0].id}`).set(clients[4]!.auth).expect(204);
    expect((await benchmark(admin).expect(200)).body).toMatchObject({ clients: 4, suppressed: true, metrics: null });
    expect((await api().get("/api/v1/insights/benchmark").set(clients[4]!.auth).expect(200)).body.data).toEqual([]);
  });

  it("is a 404 for a cohort of another organisation and a 400 for a bad period", async () => {
    const otherAdmin = await signUp(context.app, "COACH");
    const otherOrg = await makeOrg(context.app, otherAdmin);
    const otherCohort = await makeCohort(context.app, otherAdmin, otherOrg);
    await api().get(`/api/v1/orgs/${orgId}/cohorts/${otherCohort.id}/benchmarks`).set(admin.auth).expect(404);
    const bad = await benchmark(admin).query({ from: "2026-05-01", to: "2026-04-01" }).expect(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path)).toEqual(["from"]);
  });
});
