import { expect, test } from "@playwright/test";
import { newAccount, registerThroughTheForm, saveScreenshots, signIn } from "./support/accounts.ts";
import { registerWithRecords } from "./support/seed.ts";

test("a new account sees no score and what each tip needs, never 0 or On track", async ({ page }) => {
  test.setTimeout(120_000);
  const account = newAccount();
  await page.goto("/register");
  await registerThroughTheForm(page, account);
  await expect(page.getByRole("heading", { name: "This week", level: 1 })).toBeVisible();
  await saveScreenshots(page, "home-new-account");

  await page.goto("/insights");
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary.getByText("Not enough data yet")).toBeVisible();
  await expect(summary.getByText("No health score yet", { exact: false })).toBeVisible();
  await expect(page.getByText("Needs at least 5 conversations", { exact: false })).toBeVisible();
  await expect(page.getByText("On track")).toHaveCount(0);
  await saveScreenshots(page, "insights-new-account");
});

test("a lived-in account sees how its score was reached and opens the records behind a finding", async ({ page }) => {
  test.setTimeout(120_000);
  const account = newAccount();
  await registerWithRecords(account);
  await signIn(page, account);
  await page.goto("/insights");
  const summary = page.getByRole("region", { name: "Summary" });
  await expect(summary.getByText(/^\d+ = 100 − /)).toBeVisible();
  const evidence = page.locator("dl[aria-label=Evidence] a").first();
  await expect(evidence).toHaveAttribute("href", /^\/(events|contacts|conversations|tasks)[/#]/);
  await saveScreenshots(page, "insights-lived-in");
});
