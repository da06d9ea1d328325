import { expect, test } from "@playwright/test";
import { goTo, newAccount, saveScreenshots, signedUp } from "./support/accounts.ts";
import { seriousViolations } from "./support/axe.ts";

test("a jobseeker reviews last week with an adjustment and new targets; the plan changes; the linked coach reads it and comments", async ({
  browser,
}) => {
  // Two people, two browsers, a dozen pages: more than the default budget on a busy machine.
  test.setTimeout(360_000);
  const client = newAccount();
  const coachAccount = { ...newAccount(), name: `Coach ${newAccount().name.split(" ").pop()}` };
  const [jobseeker, coach] = await Promise.all([
    signedUp(browser, client, "A jobseeker"),
    signedUp(browser, coachAccount, "A career coach"),
  ]);

  // The coach links with the client's code.
  await goTo(jobseeker, "Settings");
  await jobseeker.getByRole("button", { name: "Create an invite code" }).click();
  const code = (await jobseeker.getByTestId("invite-code").textContent()) ?? "";
  await coach.getByLabel("Invite code").fill(code);
  await coach.getByRole("button", { name: "Link client" }).click();
  await expect(coach.getByRole("status").filter({ hasText: `Linked with ${client.name}.` })).toBeVisible();

  // This week prompts for last week's review.
  await goTo(jobseeker, "This week");
  const prompt = jobseeker.getByRole("region", { name: "Weekly review" });
  await expect(prompt.getByText("Last week has no review yet.")).toBeVisible();
  expect(await seriousViolations(jobseeker)).toEqual([]);
  await saveScreenshots(jobseeker, "this-week-review-prompt");
  await prompt.getByRole("link", { name: "Review last week" }).click();
  await expect(jobseeker.getByRole("heading", { level: 1 })).toHaveText(/^Review the week of /);
  await expect(jobseeker.getByRole("region", { name: "The week against your targets" })).toBeVisible();

  // Keep one adjustment (one is offered per finding), tie it to an area, and set new targets.
  while (await jobseeker.getByRole("button", { name: "Remove adjustment 2" }).isVisible()) {
    await jobseeker.getByRole("button", { name: "Remove adjustment 2" }).click();
  }
  await jobseeker.getByLabel("What went well").fill("I logged every evening.");
  await jobseeker.getByLabel("What to change").fill("Only support groups so far.");
  await jobseeker.getByLabel("Adjustment 1: area").selectOption({ label: "Where I network" });
  await jobseeker.getByLabel("What I will do").fill("Go to the Thursday business breakfast");
  await jobseeker.getByRole("checkbox", { name: /Set new weekly targets/ }).check();
  await jobseeker.getByLabel("Events", { exact: true }).fill("4");
  await jobseeker.getByLabel("New contacts", { exact: true }).fill("6");
  expect(await seriousViolations(jobseeker)).toEqual([]);
  await saveScreenshots(jobseeker, "review-new");

  // An empty adjustment is refused by the same schema the API uses.
  await jobseeker.getByRole("button", { name: "Add an adjustment" }).click();
  await jobseeker.getByRole("button", { name: "Save the review" }).click();
  await expect(jobseeker.getByText("Say what you will do differently")).toBeVisible();
  await jobseeker.getByRole("button", { name: "Remove adjustment 2" }).click();
  await jobseeker.getByRole("button", { name: "Save the review" }).click();

  await expect(jobseeker.getByRole("heading", { level: 1 })).toHaveText(/^Review of the week of /);
  const adjustments = jobseeker.getByRole("region", { name: "Adjustments" });
  await expect(adjustments.getByText("Go to the Thursday business breakfast")).toBeVisible();
  await expect(adjustments.getByText("Where I network")).toBeVisible();
  await expect(
    jobseeker.getByRole("region", { name: "Did it work?" }).getByText(/The effect shows once a week after/),
  ).toBeVisible();
  expect(await seriousViolations(jobseeker)).toEqual([]);
  await saveScreenshots(jobseeker, "review-detail");

  // The plan took the new targets; the prompt is gone; the review is listed.
  await goTo(jobseeker, "Plan");
  await expect(jobseeker.getByLabel("Events", { exact: true })).toHaveValue("4");
  await expect(jobseeker.getByLabel("New contacts", { exact: true })).toHaveValue("6");
  await goTo(jobseeker, "This week");
  await expect(jobseeker.getByRole("heading", { name: "This week" })).toBeVisible();
  await expect(jobseeker.getByText("Last week has no review yet.")).toBeHidden();
  await goTo(jobseeker, "Weekly review");
  await expect(jobseeker.getByRole("link", { name: /^Week of / })).toHaveCount(1);
  expect(await seriousViolations(jobseeker)).toEqual([]);
  await saveScreenshots(jobseeker, "reviews");

  // The coach opens the client's reviews and comments on this one.
  await coach.getByRole("link", { name: client.name }).click();
  await coach.getByRole("navigation", { name: "Client sections" }).getByRole("link", { name: "Reviews", exact: true }).click();
  const review = coach.getByRole("region", { name: /^Review of the week of / });
  await expect(review.getByText("Go to the Thursday business breakfast")).toBeVisible();
  await expect(review.getByText("Only support groups so far.")).toBeVisible();
  await review.getByLabel("Your comment").fill("Good move. Bring three questions for the breakfast.");
  await review.getByRole("button", { name: "Comment" }).click();
  await expect(review.getByText("Good move. Bring three questions for the breakfast.")).toBeVisible();
  expect(await seriousViolations(coach)).toEqual([]);
  await saveScreenshots(coach, "client-reviews");

  // The client sees the coach's comment under the review.
  await jobseeker.getByRole("link", { name: /^Week of / }).click();
  const thread = jobseeker.getByRole("region", { name: "Comments" });
  await expect(thread.getByText("Good move. Bring three questions for the breakfast.")).toBeVisible();
  await expect(thread.getByText(coachAccount.name)).toBeVisible();
});
