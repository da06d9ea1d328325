import { expect, test } from "@playwright/test";
import { goTo, newAccount, registerThroughTheForm, saveScreenshots, signedUp } from "./support/accounts.ts";
import { seriousViolations } from "./support/axe.ts";
import { linkIn, waitForMail } from "./support/inbox.ts";

test("a coach invites someone by email; they create an account from the link, read what the coach will see and accept", async ({
  browser,
}) => {
  test.slow();
  const coachAccount = { ...newAccount(), name: `Coach ${newAccount().name.split(" ").pop()}` };
  const client = newAccount();
  const coach = await signedUp(browser, coachAccount, "A career coach");

  await coach.getByLabel("Their email address").fill(client.email);
  await coach.getByRole("button", { name: "Send invitation" }).click();
  await expect(coach.getByRole("status").filter({ hasText: `Invitation sent to ${client.email}.` })).toBeVisible();

  const mail = await waitForMail(client.email, `${coachAccount.name} invites you to Traction as your career coach`);
  const jobseeker = await (await browser.newContext()).newPage();
  await jobseeker.goto(linkIn(mail, "/invitation"));
  await expect(jobseeker.getByRole("heading", { name: "A coach invited you" })).toBeVisible();
  await jobseeker.getByRole("link", { name: "Create an account" }).click();
  await registerThroughTheForm(jobseeker, client);

  // Back on the invitation, signed in: who, and exactly what they will see.
  await expect(jobseeker.getByRole("heading", { name: `${coachAccount.name} would like to coach you` })).toBeVisible();
  await expect(jobseeker.getByRole("list", { name: "What your coach will see" }).getByRole("listitem")).toHaveCount(5);
  expect(await seriousViolations(jobseeker)).toEqual([]);
  await saveScreenshots(jobseeker, "invitation");
  await jobseeker.getByRole("button", { name: `Accept ${coachAccount.name} as my coach` }).click();
  await expect(jobseeker.getByRole("heading", { name: `${coachAccount.name} is now your coach` })).toBeVisible();

  await waitForMail(coachAccount.email, `${client.name} accepted your coaching invitation`);
  await goTo(coach, "Invitations");
  const row = coach.getByRole("listitem").filter({ hasText: client.email });
  await expect(row.getByText("Accepted")).toBeVisible();
  expect(await seriousViolations(coach)).toEqual([]);
  await saveScreenshots(coach, "invitations");
  await goTo(coach, "Roster");
  await expect(coach.getByRole("link", { name: client.name })).toBeVisible();
});
