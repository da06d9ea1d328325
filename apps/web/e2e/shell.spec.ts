import { expect, test } from "@playwright/test";
import { newAccount, registerThroughTheForm } from "./support/accounts.ts";

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the menu button opens and closes the nav; sign-out stays in reach", async ({ page }) => {
    const account = newAccount();
    await page.goto("/register");
    await registerThroughTheForm(page, account);
    await expect(page.getByRole("heading", { name: "This week" })).toBeVisible();

    const menu = page.getByRole("button", { name: "Menu" });
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeHidden();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link", { name: "This week" })).toHaveAttribute("aria-current", "page");
    await page.screenshot({ path: "e2e/artifacts/screenshots/menu-open-phone-390.png" });

    await menu.click();
    await expect(nav).toBeHidden();
  });
});

test("the nav shows only pages that exist", async ({ page }) => {
  const account = newAccount();
  await page.goto("/register");
  await registerThroughTheForm(page, account);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText([
    "This week",
    "Quick log",
    "Insights",
    "Weekly review",
    "Venues",
    "Events",
    "Contacts",
    "One-on-ones",
    "Companies",
    "Leads",
    "Tasks",
    "Posts",
    "Plan",
    "Cohorts",
    "Settings",
  ]);
  for (const link of await nav.getByRole("link").all()) {
    const href = await link.getAttribute("href");
    expect((await page.request.get(href ?? "")).status(), href ?? "").toBe(200);
  }
});
