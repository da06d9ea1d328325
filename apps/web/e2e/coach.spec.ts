import { expect, test } from "@playwright/test";
import { goTo, newAccount, saveScreenshots, signedUp } from "./support/accounts.ts";
import { seriousViolations } from "./support/axe.ts";

test("a coach links with a client's code, follows them, comments and assigns; the client replies, accepts targets and revokes", async ({
  browser,
}) => {
  test.slow();
  const client = newAccount();
  const coachAccount = { ...newAccount(), name: `Coach ${newAccount().name.split(" ").pop()}` };
  const [jobseeker, coach] = await Promise.all([
    signedUp(browser, client, "A jobseeker"),
    signedUp(browser, coachAccount, "A career coach"),
  ]);

  // The client makes a code in Settings; the coach redeems it.
  await goTo(jobseeker, "Settings");
  await jobseeker.getByRole("button", { name: "Create an invite code" }).click();
  const code = (await jobseeker.getByTestId("invite-code").textContent()) ?? "";
  expect(code.length).toBeGreaterThan(4);

  await expect(coach.getByText("No clients yet.")).toBeVisible();
  await coach.getByLabel("Invite code").fill(code);
  await coach.getByRole("button", { name: "Link client" }).click();
  await expect(coach.getByRole("status").filter({ hasText: `Linked with ${client.name}.` })).toBeVisible();
  const entry = coach.getByRole("listitem").filter({ has: coach.getByRole("link", { name: client.name }) });
  await expect(entry).toBeVisible();
  await expect(entry.getByText("Last activity: none yet")).toBeVisible();
  expect(await seriousViolations(coach)).toEqual([]);
  await saveScreenshots(coach, "roster");

  // The coach opens the client, comments on this week, assigns a task and suggests targets.
  await entry.getByRole("link", { name: client.name }).click();
  await expect(coach.getByRole("heading", { name: client.name, level: 1 })).toBeVisible();
  await expect(coach.getByRole("region", { name: "Where you network" })).toBeVisible();
  await coach.getByLabel("Your comment").first().fill("Try one business networking group this week.");
  await coach.getByRole("button", { name: "Comment" }).first().click();
  await expect(coach.getByText("Try one business networking group this week.")).toBeVisible();
  expect(await seriousViolations(coach)).toEqual([]);
  await saveScreenshots(coach, "client-insights");

  await coach.getByRole("navigation", { name: "Client sections" }).getByRole("link", { name: "Tasks", exact: true }).click();
  await coach.getByRole("textbox", { name: "Assignment" }).fill("Ask Grace for a coffee");
  await coach.getByRole("button", { name: "Assign" }).click();
  await expect(coach.getByRole("status").filter({ hasText: "Assigned: Ask Grace for a coffee" })).toBeVisible();
  await expect(coach.getByRole("region", { name: "Tasks" }).getByText("Ask Grace for a coffee")).toBeVisible();

  await coach.getByRole("navigation", { name: "Client sections" }).getByRole("link", { name: "Plan", exact: true }).click();
  await coach.getByLabel("Events", { exact: true }).fill("3");
  await coach.getByRole("button", { name: "Suggest targets" }).click();
  await expect(coach.getByRole("list", { name: "Your suggestions" }).getByText("Waiting")).toBeVisible();

  // The client sees the comment, replies, ticks off the assignment and accepts the targets.
  await goTo(jobseeker, "This week");
  const comments = jobseeker.getByRole("region", { name: "Comments from your coach" });
  await expect(comments.getByText("Try one business networking group this week.")).toBeVisible();
  await expect(comments.getByText(coachAccount.name)).toBeVisible();
  await comments.getByLabel("Your reply").fill("Booked the Chamber breakfast for Thursday.");
  await comments.getByRole("button", { name: "Reply" }).click();
  await expect(comments.getByText("Booked the Chamber breakfast for Thursday.")).toBeVisible();

  const assignment = jobseeker.getByRole("listitem").filter({ hasText: "Ask Grace for a coffee" });
  await expect(assignment.getByText("From your coach")).toBeVisible();
  await assignment.getByRole("checkbox", { name: "Done: Ask Grace for a coffee" }).check();
  await expect(assignment.getByRole("checkbox")).toBeChecked();

  await expect(jobseeker.getByText(`${coachAccount.name} suggests new weekly targets`)).toBeVisible();
  await jobseeker.getByRole("button", { name: "Accept" }).click();
  await expect(jobseeker.getByText(`${coachAccount.name} suggests new weekly targets`)).toBeHidden();
  await goTo(jobseeker, "Plan");
  await expect(jobseeker.getByLabel("Events", { exact: true })).toHaveValue("3");

  // The coach sees the reply and the assignment done.
  await coach.getByRole("navigation", { name: "Client sections" }).getByRole("link", { name: "Insights", exact: true }).click();
  await expect(coach.getByText("Booked the Chamber breakfast for Thursday.")).toBeVisible();

  // The client sees who looked, then revokes; the client leaves the coach's roster.
  await goTo(jobseeker, "Settings");
  await expect(jobseeker.getByRole("region", { name: "Access log" }).getByText(coachAccount.name).first()).toBeVisible();
  await saveScreenshots(jobseeker, "settings");
  await jobseeker.getByRole("button", { name: "Revoke access" }).click();
  await jobseeker.getByRole("button", { name: `Yes, revoke ${coachAccount.name}` }).click();
  await expect(jobseeker.getByText("Revoked", { exact: true })).toBeVisible();

  await goTo(coach, "Roster");
  await expect(coach.getByText("No clients yet.")).toBeVisible();
  await expect(coach.getByRole("link", { name: client.name })).toBeHidden();
});
