import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { ARTIFACTS_DIR } from "./settings.ts";

export interface Account {
  name: string;
  email: string;
  password: string;
}

/** A new user per test, so that tests share nothing and run in parallel. */
export function newAccount(): Account {
  const id = randomBytes(4).toString("hex");
  return { name: `Ada Tester ${id}`, email: `ada.${id}@example.test`, password: `correct horse ${id}` };
}

export async function registerThroughTheForm(page: Page, account: Account, { role = "A jobseeker" } = {}) {
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("radio", { name: new RegExp(role) }).check();
  await page.getByRole("button", { name: "Create account" }).click();
}

const WIDTHS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** Full-page screenshots at desktop and phone width, in e2e/artifacts/screenshots/. */
export async function saveScreenshots(page: Page, name: string) {
  const dir = path.join(ARTIFACTS_DIR, "screenshots");
  mkdirSync(dir, { recursive: true });
  const original = page.viewportSize();
  for (const [label, size] of Object.entries(WIDTHS)) {
    await page.setViewportSize(size);
    await page.screenshot({ path: path.join(dir, `${name}-${label}-${size.width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Follows a link of the main nav (opening the phone menu first when it is closed). */
export async function goTo(page: Page, label: string) {
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(nav.or(menu).first()).toBeVisible();
  if (!(await nav.isVisible())) await menu.click();
  const link = nav.getByRole("link", { name: label, exact: true });
  await link.click();
  // Arrived: the nav marks the section current (its link is in the phone menu, closed by now, or the sidebar).
  await expect(link).toHaveAttribute("aria-current", "page");
}

/** Signs in through the form and waits for the home page. */
export async function signIn(page: Page, account: Pick<Account, "email" | "password">) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "This week" })).toBeVisible();
}

/** A new browser context in which `account` registers with `role` and lands on its home page. */
export async function signedUp(browser: Browser, account: Account, role: "A jobseeker" | "A career coach"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/register");
  await registerThroughTheForm(page, account, { role });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(role === "A jobseeker" ? "This week" : "Your clients");
  return page;
}
