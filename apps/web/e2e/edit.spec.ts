/**
 * Every record kind is edited on its own page and the change is still there
 * after a reload; a deleted or unknown id shows "not found" without a retry.
 */
import { expect, test, type Page } from "@playwright/test";
import { newAccount, type Account } from "./support/accounts.ts";
import { apiToken, firstId, signIn } from "./support/pages.ts";
import { registerWithRecords } from "./support/seed.ts";

/** The field to change on each kind's page, and where the new value shows. */
const EDITS: Array<{ kind: string; field: string; value: string; shows: "heading" | "text" }> = [
  { kind: "venues", field: "Name", value: "Harbour chamber breakfast", shows: "heading" },
  { kind: "events", field: "Notes", value: "Met the logistics director at the coffee urn", shows: "text" },
  { kind: "contacts", field: "Name", value: "Grace O'Neil", shows: "heading" },
  { kind: "conversations", field: "Notes", value: "She offered to forward my CV", shows: "text" },
  { kind: "meetings", field: "Where", value: "Pier 9 café", shows: "text" },
  { kind: "companies", field: "Name", value: "Harbor Logistics Group", shows: "heading" },
  { kind: "leads", field: "Role", value: "Senior operations analyst", shows: "heading" },
  { kind: "tasks", field: "What to do", value: "Thank Alan for the intro, by phone", shows: "heading" },
  { kind: "posts", field: "Title", value: "What a food bank taught me about logistics", shows: "heading" },
];

test.setTimeout(120_000);

let account: Account;
let token: string;

test.beforeAll(async () => {
  account = newAccount();
  await registerWithRecords(account);
  token = await apiToken(account.email, account.password);
});

async function expectShown(page: Page, value: string, shows: "heading" | "text") {
  if (shows === "heading") await expect(page.getByRole("heading", { level: 1, name: value })).toBeVisible();
  // The closed editor keeps its (hidden) field in the page: only the shown value counts.
  else await expect(page.getByText(value, { exact: true }).filter({ visible: true })).toBeVisible();
}

for (const { kind, field, value, shows } of EDITS) {
  test(`edits a record of ${kind} on its page, and the change survives a reload`, async ({ page }) => {
    const id = await firstId(token, kind);
    expect(id, `a seeded record of ${kind}`).toBeTruthy();
    await signIn(page, account.email, account.password);
    await page.goto(`/${kind}/${id}`);
    await page.getByRole("button", { name: /^Edit / }).click();
    const input = page.getByRole("form", { name: /^Edit / }).getByLabel(field, { exact: true });
    await input.fill(value);
    await page.getByRole("button", { name: "Save changes" }).click();
    // The editor closes once the API has the change (until then the new value also sits in its field;
    // while saving, its button reads "Saving…").
    await expect(page.getByRole("form", { name: /^Edit / })).toBeHidden();
    await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
    await expectShown(page, value, shows);

    await page.reload();
    await expectShown(page, value, shows);
  });
}

test("a scheduled one-on-one without a time is refused, with the reason by the field", async ({ page }) => {
  const id = await firstId(token, "meetings");
  await signIn(page, account.email, account.password);
  await page.goto(`/meetings/${id}`);
  await page.getByRole("button", { name: /^Edit / }).click();
  const form = page.getByRole("form", { name: /^Edit / });
  await form.getByLabel("Status").selectOption("SCHEDULED");
  await form.getByLabel("When").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByLabel("When")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText(/scheduled one-on-one/)).toBeVisible();
});

test("an unknown record id shows not found without a retry; a malformed one is the 404 page", async ({ page }) => {
  await signIn(page, account.email, account.password);
  await page.goto("/contacts/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /All contacts/ }).first()).toBeVisible();

  await page.goto("/leads/not-a-lead");
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
});

test("lists link to each record's page", async ({ page }) => {
  await signIn(page, account.email, account.password);
  await page.goto("/venues");
  // Whichever venue is listed first (another test renames one): its name links to its page.
  const link = page.getByRole("main").getByRole("listitem").getByRole("link").first();
  const name = ((await link.textContent()) ?? "").trim();
  expect(name).not.toBe("");
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Events here" })).toBeVisible();
});
