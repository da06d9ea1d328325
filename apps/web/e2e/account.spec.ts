import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { goTo, newAccount, signIn } from "./support/accounts.ts";
import { registerWithRecords } from "./support/seed.ts";

test("a jobseeker exports their data (JSON and CSV), subscribes to and turns off the calendar feed, then deletes the account after typing the confirmation", async ({
  page,
}) => {
  const account = newAccount();
  await registerWithRecords(account);
  await signIn(page, account);
  await goTo(page, "Settings");

  const json = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download everything (JSON)" }).click();
  const exported = JSON.parse(await readFile(await (await json).path(), "utf8")) as {
    user: { email: string };
    venues: unknown[];
  };
  expect(exported.user.email).toBe(account.email);
  expect(exported.venues).toHaveLength(3);

  await page.getByLabel("One list as CSV").selectOption({ label: "Venues" });
  const csv = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const download = await csv;
  expect(download.suggestedFilename()).toMatch(/^traction-venues-\d{4}-\d{2}-\d{2}\.csv$/);
  expect((await readFile(await download.path(), "utf8")).split("\r\n").filter(Boolean)).toHaveLength(4);

  // The calendar feed: a secret address any calendar app can read, until it is turned off.
  await page.getByRole("button", { name: "Create my calendar feed" }).click();
  const address = page.getByLabel(/Your feed address/);
  await expect(address).toHaveValue(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const feedUrl = await address.inputValue();
  const feed = await page.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("Send Grace my portfolio");
  await page.getByRole("button", { name: "Turn the feed off" }).click();
  await expect(page.getByText("No feed yet.")).toBeVisible();
  expect((await page.request.get(feedUrl)).status()).toBe(404);

  const remove = page.getByRole("form", { name: "Delete your account" });
  await remove.getByLabel(/to confirm/).fill("delete it");
  await remove.getByRole("button", { name: "Delete my account" }).click();
  await expect(remove.getByText("Type “delete my account” to confirm", { exact: true }).last()).toBeVisible();
  await expect(page).toHaveURL("/settings");

  await remove.getByLabel(/to confirm/).fill("delete my account");
  await remove.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("form", { name: "Sign in" }).getByRole("alert")).toHaveText("Email or password is incorrect");
});
