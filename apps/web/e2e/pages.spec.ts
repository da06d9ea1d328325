import { expect, test } from "@playwright/test";
import { newAccount, saveScreenshots, signIn } from "./support/accounts.ts";
import { registerWithRecords } from "./support/seed.ts";

/**
 * Every jobseeker page with records on it loads with its records and is
 * photographed at each width. axe checks the same pages, with the same
 * records, in accessibility.spec.ts ("every page").
 */
const PAGES = [
  { path: "/", heading: "This week", ready: "Send Grace my portfolio" },
  { path: "/log", heading: "Quick log", ready: "Person 1" },
  { path: "/insights", heading: "Insights", ready: "Back-room volunteering" },
  { path: "/venues", heading: "Venues", ready: "Chamber breakfast" },
  { path: "/events", heading: "Events", ready: "4 hours" },
  { path: "/contacts", heading: "Contacts", ready: "Grace Hopper" },
  { path: "/meetings", heading: "One-on-ones", ready: "Harbor café" },
  { path: "/companies", heading: "Target companies", ready: "Northwind" },
  { path: "/leads", heading: "Leads", ready: "Operations analyst" },
  { path: "/tasks", heading: "Tasks", ready: "Thank Alan for the intro" },
  { path: "/posts", heading: "Posts", ready: "What a dispatcher taught me about planning" },
  { path: "/plan", heading: "Plan", ready: "Roles I am looking for" },
  { path: "/settings", heading: "Settings", ready: "No coach linked yet." },
];

test("every page of a lived-in account loads with its records and is photographed", async ({ page }) => {
  test.setTimeout(120_000);
  const account = newAccount();
  await registerWithRecords(account);
  await signIn(page, account);

  for (const { path, heading, ready } of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    await expect(page.getByText(ready, { exact: true }).first()).toBeVisible();
    await saveScreenshots(page, path === "/" ? "home" : path.slice(1));
  }
});
