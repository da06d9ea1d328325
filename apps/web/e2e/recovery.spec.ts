import { expect, test } from "@playwright/test";
import { newAccount, registerThroughTheForm, saveScreenshots } from "./support/accounts.ts";
import { linkIn, waitForMail } from "./support/inbox.ts";

test("forgot password: from the sign-in page through the emailed link to signed in with the new password", async ({ page }) => {
  // Two emails through the real mail path, and two sign-ins.
  test.slow();
  const account = newAccount();
  await page.goto("/register");
  await registerThroughTheForm(page, account);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  // The new account was asked to confirm its address; the link confirms it.
  const confirmation = await waitForMail(account.email, "Confirm your email address for Traction");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/login");

  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(account.email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status")).toContainText("an email with a link to choose a new password is on its way");
  await saveScreenshots(page, "forgot-password");

  const mail = await waitForMail(account.email, "Reset your Traction password");
  await page.goto(linkIn(mail, "/reset-password"));
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await saveScreenshots(page, "reset-password");
  const newPassword = `${account.password} renewed`;
  await page.getByLabel("Your email (to sign you in afterwards)").fill(account.email);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // The link works only once (signed out again: a signed-in visitor is sent home from these pages).
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/login");
  await page.goto(linkIn(mail, "/reset-password"));
  await page.getByLabel("New password", { exact: true }).fill(`${newPassword} again`);
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "expired or was already used" })).toBeVisible();

  await page.goto(linkIn(confirmation, "/verify-email"));
  await expect(page.getByText("Your email address is confirmed.")).toBeVisible();
});
