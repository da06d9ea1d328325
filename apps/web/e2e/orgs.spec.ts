import { expect, test } from "@playwright/test";
import { goTo, newAccount, saveScreenshots, signedUp } from "./support/accounts.ts";
import { allViolations, seriousViolations } from "./support/axe.ts";
import { linkIn, waitForMail } from "./support/inbox.ts";
import { call, registerWithRecords } from "./support/seed.ts";

test("an admin invites a coach by email, a jobseeker enrols with a code, the admin assigns the coach, the coach sees the client, the jobseeker sees the cohort comparison, the admin sees the cohort's charts", async ({
  browser,
}) => {
  // Four people in three browsers, six enrolments, axe four times and two pages photographed: 80 s on an
  // idle machine, and a CI run on a busy one passed the 90 s that test.slow() gives.
  test.setTimeout(180_000);
  const adminAccount = { ...newAccount(), name: `Admin ${newAccount().name.split(" ").pop()}` };
  const coachAccount = { ...newAccount(), name: `Coach ${newAccount().name.split(" ").pop()}` };
  const client = newAccount();
  const orgName = `Northside ${client.name.split(" ").pop()}`;
  const [admin, coach, jobseeker] = await Promise.all([
    signedUp(browser, adminAccount, "A career coach"),
    signedUp(browser, coachAccount, "A career coach"),
    signedUp(browser, client, "A jobseeker"),
  ]);

  // The admin creates the organisation and invites the coach.
  await goTo(admin, "Organisations");
  await admin.getByLabel("Name").fill(orgName);
  await admin.getByRole("button", { name: "Create" }).click();
  await admin.getByRole("link", { name: orgName }).click();
  await expect(admin.getByRole("heading", { name: orgName, level: 1 })).toBeVisible();
  await admin.getByLabel("Email").fill(coachAccount.email);
  await admin.getByRole("button", { name: "Invite" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Invitation sent to ${coachAccount.email}` })).toBeVisible();

  // The coach follows the emailed link.
  const mail = await waitForMail(coachAccount.email, `Join ${orgName} on Traction`);
  await coach.goto(linkIn(mail, "/orgs/join"));
  await coach.getByRole("button", { name: "Join" }).click();
  await expect(coach.getByRole("status").filter({ hasText: "You joined." })).toBeVisible();

  // A cohort, and its join code.
  await admin.getByLabel("Name", { exact: true }).fill("Autumn");
  await admin.getByLabel("Starts").fill("2026-09-01");
  await admin.getByRole("button", { name: "Create cohort" }).click();
  const code = (await admin.locator("code").first().textContent()) ?? "";
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await admin.reload();
  await expect(admin.getByRole("listitem").filter({ hasText: coachAccount.email })).toBeVisible();

  // The jobseeker reads what the organisation will see, and joins.
  await goTo(jobseeker, "Cohorts");
  await expect(jobseeker.getByText("What the organisation will see")).toBeVisible();
  await expect(jobseeker.getByText(/Never your notes or records/)).toBeVisible();
  await jobseeker.getByLabel("Join code").fill(code.toLowerCase());
  await jobseeker.getByRole("button", { name: "I agree — join" }).click();
  await expect(jobseeker.getByRole("status").filter({ hasText: `You joined Autumn at ${orgName}.` })).toBeVisible();
  expect(await seriousViolations(jobseeker)).toEqual([]);
  await saveScreenshots(jobseeker, "cohorts");

  // The admin assigns the coach; the coach finds the client in the roster.
  await admin.reload();
  await admin.getByLabel(`Coach of ${client.name}`).selectOption({ label: coachAccount.name });
  await expect(
    admin.getByRole("listitem").filter({ hasText: coachAccount.email }).getByText("1 client", { exact: true }),
  ).toBeVisible();
  expect(await seriousViolations(admin)).toEqual([]);
  await saveScreenshots(admin, "organisation");
  await coach.goto("/");
  await expect(coach.getByRole("link", { name: client.name })).toBeVisible();

  // The jobseeker's insights compare them with the cohort (too small yet to show figures).
  await goTo(jobseeker, "Insights");
  const comparison = jobseeker.getByRole("region", { name: "Compared with your cohort" });
  await expect(comparison).toBeVisible();
  await expect(comparison.getByText(/Figures appear once the cohort has 5 people/)).toBeVisible();
  await saveScreenshots(jobseeker, "insights-cohort");

  // Five more jobseekers with a few weeks of networking join (through the API): the cohort has figures to chart.
  await Promise.all(
    Array.from({ length: 5 }, async () => {
      const account = newAccount();
      await registerWithRecords(account);
      const { accessToken } = await call<{ accessToken: string }>(null, "POST", "/auth/login", {
        email: account.email,
        password: account.password,
      });
      await call(accessToken, "POST", "/enrolments", { joinCode: code });
    }),
  );

  // The admin opens the cohort's charts: the benchmarks per metric, and the health week by week, whose past
  // weeks are filled in the background after each enrolment (so the last week may take a moment to have figures).
  const health = admin.getByRole("img", { name: /^Health scores in Autumn, .*(The median went from|the median was)/ });
  await expect(async () => {
    await admin.reload();
    await admin.getByRole("button", { name: "Show benchmarks" }).click();
    await expect(health).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await expect(admin.getByRole("img", { name: /^Hours at events: .*the middle half of the cohort/ })).toBeVisible();
  await expect(admin.getByText(/Gaps: \d+ of the 12 weeks had fewer than 5 people with a score/)).toBeVisible();
  await admin.getByText("Show as table").last().click();
  await expect(admin.getByRole("table", { name: "Health scores week by week" }).getByRole("row")).toHaveCount(13);
  expect(await allViolations(admin)).toEqual([]);
  await saveScreenshots(admin, "organisation-charts");

  // The coach member opens the same cohort from the organisation's page, without its join code.
  await goTo(coach, "Organisations");
  await coach.getByRole("link", { name: orgName }).click();
  await expect(coach.getByRole("heading", { name: "Autumn", level: 3 })).toBeVisible();
  await expect(coach.getByText(/Join code/)).toHaveCount(0);
  await coach.getByRole("button", { name: "Show benchmarks" }).click();
  await expect(coach.getByRole("img", { name: /^Health scores in Autumn/ })).toBeVisible();
  expect(await allViolations(coach)).toEqual([]);
  await saveScreenshots(coach, "organisation-coach");
});
