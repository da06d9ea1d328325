/**
 * Concurrent requests for one cohort's benchmark share a computation, and
 * none is answered from data read before it arrived. A computation is held
 * mid-way by locking a table one of its statements reads ("LeadStageChange":
 * the interviews and offers), while its other statements have already read
 * the events; a write then lands, and the requests that arrive meanwhile must
 * see it, from one computation between them.
 */
import pg from "pg";
import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { enrolWith, makeCohort, makeOrg } from "../../../../../test/helpers/orgs.ts";
import { makeEvent } from "../../../../../test/helpers/records.ts";
import { signUp, type TestUser } from "../../../../../test/helpers/users.ts";
import { benchmarkComputations } from "../../../../services/orgs/cohort-benchmark.ts";

const context = useTestApp();
const api = () => request(context.app.server);

/** Polls `ready` every 10 ms, for up to 10 s. */
async function until(what: string, ready: () => Promise<boolean> | boolean): Promise<void> {
  for (let attempt = 0; attempt < 1_000; attempt += 1) {
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting until ${what}`);
}

/**
 * Runs `during` while "LeadStageChange" is locked, once the first request's
 * statements are all done but those waiting for the lock; then releases it.
 */
async function whileHeld(first: () => Promise<unknown>, during: () => Promise<void>): Promise<void> {
  const holder = new pg.Client({ connectionString: context.databaseUrl });
  await holder.connect();
  try {
    await holder.query(`BEGIN; LOCK TABLE "LeadStageChange" IN ACCESS EXCLUSIVE MODE`);
    // Resolving the request's promise sends it (supertest sends on `then`).
    void Promise.resolve().then(first);
    await until("the first computation waits for the lock, with nothing else of it running", async () => {
      // The activity is read once per transaction unless its snapshot is cleared, and the holder is in one.
      await holder.query("SELECT pg_stat_clear_snapshot()");
      const { rows } = await holder.query<{ waiting: number; running: number }>(`
        SELECT count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS waiting,
               count(*) FILTER (WHERE wait_event_type IS DISTINCT FROM 'Lock')::int AS running
        FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`);
      return rows[0]!.waiting > 0 && rows[0]!.running === 0;
    });
    await during();
  } finally {
    await holder.query("COMMIT");
    await holder.end();
  }
}

describe("cohort benchmarks asked for at the same time", () => {
  let admin: TestUser;
  let orgId: string;
  let cohortId: string;
  const clients: TestUser[] = [];

  beforeAll(async () => {
    admin = await signUp(context.app, "COACH", "Ada Admin");
    orgId = await makeOrg(context.app, admin);
    const cohort = await makeCohort(context.app, admin, orgId);
    cohortId = cohort.id;
    // Client i spends i hours at one event: the hours' quartiles are 2, 3 and 4.
    for (let index = 1; index <= 5; index += 1) {
      const client = await signUp(context.app, "JOBSEEKER", `Client ${index}`);
      await makeEvent(context.app, client, { hours: index });
      await enrolWith(context.app, client, cohort.joinCode);
      clients.push(client);
    }
  });

  const benchmark = () => api().get(`/api/v1/orgs/${orgId}/cohorts/${cohortId}/benchmarks`).set(admin.auth).expect(200);
  const standing = (client: TestUser) => api().get("/api/v1/insights/benchmark").set(client.auth).expect(200);

  it("answers the requests that arrive while one is computed from one more computation, holding writes made before them", async () => {
    const before = benchmarkComputations(context.app.db).benchmarks;
    let first: request.Response | undefined;
    let later: Promise<request.Response[]> | undefined;
    await whileHeld(
      async () => (first = await benchmark()),
      async () => {
        // Acknowledged before the next requests are sent: they must see it; the running computation read the events before it.
        await makeEvent(context.app, clients[0]!, { hours: 10 });
        later = Promise.all(Array.from({ length: 9 }, () => benchmark()));
        await until(
          "the nine requests have asked",
          () => benchmarkComputations(context.app.db).benchmarks.asked === before.asked + 10,
        );
      },
    );
    const answers = await later!;
    await until("the first request is answered", () => first !== undefined);
    expect(first!.body.metrics.eventHours).toEqual({ p25: 2, p50: 3, p75: 4 });
    // 11, 2, 3, 4, 5 hours.
    for (const answer of answers) expect(answer.body.metrics.eventHours).toEqual({ p25: 3, p50: 4, p75: 5 });
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(benchmarkComputations(context.app.db).benchmarks.started).toBe(before.started + 2);
  });

  it("gives each jobseeker their own standing from the cohort's figures computed once for all who asked meanwhile", async () => {
    const before = benchmarkComputations(context.app.db).figures;
    let later: Promise<request.Response[]> | undefined;
    await whileHeld(
      () => standing(clients[4]!),
      async () => {
        await makeEvent(context.app, clients[1]!, { hours: 20 });
        later = Promise.all(clients.slice(0, 4).map(standing));
        await until(
          "the four jobseekers have asked",
          () => benchmarkComputations(context.app.db).figures.asked === before.asked + 5,
        );
      },
    );
    const answers = await later!;
    // 11, 22, 3 and 4 hours of 11, 22, 3, 4, 5: below them 3, 4, 0 and 1 of the 5.
    expect(answers.map((answer) => answer.body.data[0].metrics.eventHours)).toEqual([
      { value: 11, percentile: 60 },
      { value: 22, percentile: 80 },
      { value: 3, percentile: 0 },
      { value: 4, percentile: 20 },
    ]);
    expect(benchmarkComputations(context.app.db).figures.started).toBe(before.started + 2);
  });

  it("computes again for a request that comes after the last computation ended", async () => {
    const before = benchmarkComputations(context.app.db).benchmarks.started;
    await makeEvent(context.app, clients[2]!, { hours: 24 });
    const { body } = await benchmark();
    // 11, 22, 27, 4, 5 hours.
    expect(body.metrics.eventHours).toEqual({ p25: 5, p50: 11, p75: 22 });
    expect(benchmarkComputations(context.app.db).benchmarks.started).toBe(before + 1);
  });
});
