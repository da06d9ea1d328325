/**
 * Issue 11: validation speaks to a person on three forms; a duplicate contact
 * is announced before saving and merged afterwards (its conversations then
 * show under the kept contact); a contact's "works at" links them to a target
 * company in one click.
 */
import { expect, test } from "@playwright/test";
import { goTo, newAccount, registerThroughTheForm, saveScreenshots } from "./support/accounts.ts";
import { registerWithRecords } from "./support/seed.ts";
import { signIn } from "./support/accounts.ts";

test("validation errors read as words for a person on three forms", async ({ page }) => {
  test.slow();
  const account = newAccount();
  await page.goto("/register");
  await registerThroughTheForm(page, account);
  await expect(page.getByRole("heading", { name: "This week" })).toBeVisible();

  await goTo(page, "Quick log");
  await page.getByRole("button", { name: "Save the log" }).click();
  await expect(page.getByText("Choose the venue", { exact: true })).toBeVisible();
  await expect(page.getByText("Enter the hours spent", { exact: true })).toBeVisible();

  await goTo(page, "Contacts");
  const contactForm = page.getByRole("form", { name: "Add a contact" });
  // The field itself stops at the schema's 200 characters; a wrong email is said in words.
  await contactForm.getByLabel("Name").fill("x".repeat(201));
  await expect(contactForm.getByLabel("Name")).toHaveValue("x".repeat(200));
  await contactForm.getByLabel("Email").fill("ada at example");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(contactForm.getByText("Enter an email address", { exact: true })).toBeVisible();

  await goTo(page, "Companies");
  await page.getByRole("button", { name: "Add company" }).click();
  await expect(page.getByText("Enter a name", { exact: true })).toBeVisible();
  await expect(page.getByText(/must be|Too big|UUID|YYYY/)).toHaveCount(0);
});

test("a duplicate contact is announced before saving, then merged; its conversations show under the kept contact", async ({
  page,
}) => {
  test.slow();
  const account = newAccount();
  await registerWithRecords(account);
  await signIn(page, account);

  await goTo(page, "Contacts");
  const form = page.getByRole("form", { name: "Add a contact" });
  await form.getByLabel("Name").fill("  alan PLUMBER");
  await expect(form.getByRole("status")).toContainText("Alan Plumber already exists — use it?");
  await expect(form.getByRole("link", { name: "Open Alan Plumber" })).toBeVisible();
  // Saving anyway is allowed: the warning never blocks.
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(form.getByRole("status")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "alan PLUMBER", exact: true })).toBeVisible();

  // Open the original: the merge offers the new one, says what moves, and moves it.
  await page.getByRole("link", { name: "Alan Plumber", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Alan Plumber", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Merge a duplicate into Alan Plumber…" }).click();
  await page.getByLabel("Duplicate to merge in").selectOption({ label: "alan PLUMBER — same name" });
  await page.getByRole("button", { name: "Review the merge" }).click();
  await expect(
    page.getByText(
      /Merge “alan PLUMBER” into “Alan Plumber”\? Nothing to move; keeps its notes and tags; then deletes “alan PLUMBER”/,
    ),
  ).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).first().click();

  // Merge the other way round: the original, with its conversation, one-on-one and task, into the new contact.
  await page.goBack();
  await page.getByRole("link", { name: "alan PLUMBER", exact: true }).click();
  await expect(page.getByRole("heading", { name: "alan PLUMBER", exact: true })).toBeVisible();
  await expect(page.getByText("Nothing yet: no conversation or one-on-one with this contact.")).toBeVisible();
  await page.getByRole("button", { name: "Merge a duplicate into alan PLUMBER…" }).click();
  await page.getByLabel("Duplicate to merge in").selectOption({ label: "Alan Plumber — same name" });
  await page.getByRole("button", { name: "Review the merge" }).click();
  await expect(
    page.getByText(/Moves 1 conversation, 1 one-on-one and 1 task here; fills in relationship and where you met/),
  ).toBeVisible();
  await saveScreenshots(page, "merge-confirm");
  await page.getByRole("button", { name: "Merge into alan PLUMBER" }).click();
  await expect(page.getByText("Conversation ·")).toHaveCount(1);
  await expect(page.getByText(/One-on-one/).first()).toBeVisible();

  await goTo(page, "Contacts");
  await expect(page.getByRole("link", { name: "alan PLUMBER", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Alan Plumber", exact: true })).toHaveCount(0);
});

test("a contact who works at a target company is linked to it in one click", async ({ page }) => {
  test.slow();
  const account = newAccount();
  await registerWithRecords(account);
  await signIn(page, account);

  await goTo(page, "Contacts");
  const form = page.getByRole("form", { name: "Add a contact" });
  await form.getByLabel("Name").fill("Nora North");
  await form.getByLabel("Works at").fill("northwind ");
  await page.getByRole("button", { name: "Add contact" }).click();
  const link = page.getByRole("button", { name: "Link Nora North to Northwind" });
  await expect(link).toBeVisible();
  await expect(page.getByText("Works at Northwind, one of your target companies.")).toBeVisible();
  await saveScreenshots(page, "works-at-suggestion");
  await link.click();
  await expect(link).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("link", { name: "Nora North" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Link Nora North to Northwind" })).toHaveCount(0);
  await page.getByRole("link", { name: "Nora North" }).click();
  await expect(page.getByRole("heading", { name: "Nora North", exact: true })).toBeVisible();
  await expect(page.locator("dd", { hasText: "Northwind" })).toBeVisible();
});
