/**
 * The health history's pg-boss job (HEALTH_HISTORY_WORKER=on): a new
 * enrolment's past weeks are filled in the background, after the response.
 */
import { HEALTH_HISTORY_MAX_WEEKS } from "@traction/schemas";
import { expect, it } from "vitest";
import { useTestApp } from "../../../../../test/helpers/app.ts";
import { enrolWith, makeCohort, makeOrg } from "../../../../../test/helpers/orgs.ts";
import { signUp } from "../../../../../test/helpers/users.ts";

const context = useTestApp({ HEALTH_HISTORY_WORKER: "on" });

async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it("fills a new client's past weeks in the background once they enrol", async () => {
  const admin = await signUp(context.app, "COACH");
  const cohort = await makeCohort(context.app, admin, await makeOrg(context.app, admin));
  const client = await signUp(context.app, "JOBSEEKER", "Newly Enrolled");
  const count = () => context.app.db.healthSnapshot.count({ where: { clientId: client.user.id } });
  // The start-up run is over (so that it is not what fills the client's weeks), and found no one enrolled.
  await waitFor(async () => {
    const [job] = await context.app.db.$queryRaw<Array<{ state: string }>>`
      SELECT state::text FROM pgboss.job WHERE name = 'health-history' AND singleton_key = 'start-up'`;
    return job?.state === "completed";
  }, "the start-up run");
  expect(await count()).toBe(0);
  await enrolWith(context.app, client, cohort.joinCode);
  await waitFor(async () => (await count()) === HEALTH_HISTORY_MAX_WEEKS, "the new client's weeks");
});
