import { expect, test } from "@playwright/test";
import { newAccount, saveScreenshots, signIn } from "./support/accounts.ts";
import { seriousViolations } from "./support/axe.ts";
import { registerWithRecords } from "./support/seed.ts";

/** Every jobseeker page with records on it: loads, has no serious axe violations at 1280 and 390 px, and is photographed. */
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

test("every page of a lived-in account loads, passes axe at desktop and phone width, and is photographed", async ({ page }) => {
  // Thirteen pages, each checked by axe at two widths: minutes on a busy two-core machine.
  test.setTimeout(360_000);
  const account = newAccount();
  await registerWithRecords(account);
  await signIn(page, account);

  for (const { path, heading, ready } of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    await expect(page.getByText(ready, { exact: true }).first()).toBeVisible();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      expect(await seriousViolations(page), `${path} at ${width} px`).toEqual([]);
    }
    await saveScreenshots(page, path === "/" ? "home" : path.slice(1));
  }
});
