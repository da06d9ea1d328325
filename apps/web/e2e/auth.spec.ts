import { expect, test, type Page } from "@playwright/test";
import { newAccount, registerThroughTheForm, saveScreenshots } from "./support/accounts.ts";

test("a jobseeker registers, signs out, signs in again, and a reload keeps them signed in", async ({ page }) => {
  const account = newAccount();
  await page.goto("/register");
  await saveScreenshots(page, "register");

  await registerThroughTheForm(page, account);
  await expectHome(page, account);
  await expect(page.getByRole("banner").getByText("Jobseeker")).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/login");
  // The refresh cookie is revoked: the dashboard sends us back to /login.
  await page.goto("/");
  await expect(page).toHaveURL("/login");
  await saveScreenshots(page, "login");

  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectHome(page, account);

  // Nothing but the httpOnly cookie survives a reload: the session comes back through /auth/refresh.
  const refreshed = page.waitForResponse((response) => response.url().endsWith("/api/v1/auth/refresh"));
  await page.reload();
  expect((await refreshed).status()).toBe(200);
  await expectHome(page, account);
});

test("signed out, the dashboard redirects to /login", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL("/login");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
});

test("the API's refusals show on the forms: a taken email, a wrong password", async ({ page }) => {
  const account = newAccount();
  await page.goto("/register");
  await registerThroughTheForm(page, account);
  await expectHome(page, account);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/login");

  await page.goto("/register");
  await registerThroughTheForm(page, { ...account, name: "Someone Else" });
  await expect(page.getByRole("form", { name: "Create your account" }).getByRole("alert")).toHaveText(
    "An account with this email already exists",
  );
  await expect(page).toHaveURL("/register");
  await saveScreenshots(page, "register-taken-email");

  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("Email or password is incorrect");
  await expect(page).toHaveURL("/login");
});

test("a coach registers and lands on the roster", async ({ page }) => {
  const account = newAccount();
  await page.goto("/register");
  await registerThroughTheForm(page, account, { role: "A career coach" });
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your clients");
  await expect(page.getByRole("banner").getByText("Career coach")).toBeVisible();
  // A jobseeker's page typed by hand says it is not theirs instead of showing the API's 403.
  await page.goto("/venues");
  await expect(page.getByRole("heading", { name: "Not part of your dashboard" })).toBeVisible();
});

async function expectHome(page: Page, account: { name: string }) {
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This week");
  await expect(page.getByText(`Hello ${account.name}.`)).toBeVisible();
}
