import { expect, test, type Locator, type Page } from "@playwright/test";
import { goTo, newAccount, registerThroughTheForm, saveScreenshots } from "./support/accounts.ts";

/** The number a tip's panel shows for one metric ("Total hours" → "2"). */
function metric(page: Page, tip: string, name: string): Locator {
  return page
    .getByRole("region", { name: tip })
    .locator("dt", { hasText: new RegExp(`^${name}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

/** Presses Tab until `target` has the focus (a date input takes several presses in Chromium). */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 8 && !(await target.evaluate((element) => element === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

function person(page: Page, index: number): Locator {
  return page.getByRole("group", { name: `Person ${index}`, exact: true });
}

test("a jobseeker quick-logs an event with two new people, sees the insights change, then logs again by keyboard with what exists", async ({
  page,
}) => {
  test.slow();
  const account = newAccount();
  await page.goto("/register");
  await registerThroughTheForm(page, account);
  await expect(page.getByRole("heading", { name: "This week" })).toBeVisible();
  await expect(page.getByText("0 of 2")).toBeVisible();

  await page.goto("/insights");
  await expect(metric(page, "Where you network", "Total hours")).toHaveText("0");
  await expect(metric(page, "One-on-ones and follow-up", "New contacts")).toHaveText("0");

  // First log: a new venue, two new people, a conversation with each.
  await goTo(page, "Quick log");
  await expect(page.getByRole("heading", { name: "Quick log" })).toBeVisible();
  await page.getByRole("button", { name: "Save the log" }).click();
  await expect(page.getByText("Choose the venue", { exact: true })).toBeVisible();
  await expect(page.getByText("Choose the kind of venue")).toBeVisible();
  await expect(page.getByText("Enter the hours spent")).toBeVisible();
  await expect(person(page, 1).getByText("Enter a name")).toBeVisible();

  await page.getByRole("combobox", { name: "Venue", exact: true }).fill("Chamber business breakfast");
  await page.getByLabel("Kind of venue").selectOption({ label: "Business networking group" });
  await page.getByLabel("Hours spent").fill("2");
  await person(page, 1).getByRole("combobox", { name: "Person 1: name" }).fill("Grace Hopper");
  await person(page, 1).getByLabel("Person 1: company").fill("Harbor Logistics");
  await person(page, 1).getByLabel("Person 1: who they are to you").selectOption({ label: "Insider" });
  await person(page, 1).getByLabel("I mentioned my job search").check();
  await person(page, 1).getByLabel("I explained what I do").check();
  await person(page, 1).getByLabel("Follow up with person 1").check();
  await person(page, 1).getByLabel("Person 1: what to do next").fill("Send Grace my portfolio");
  await person(page, 1)
    .getByLabel("Person 1: by")
    .fill(new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Add another person" }).click();
  await person(page, 2).getByRole("combobox", { name: "Person 2: name" }).fill("Alan Plumber");
  await person(page, 2).getByLabel("Person 2: who they are to you").selectOption({ label: "Connector" });
  await person(page, 2).getByLabel("Small talk only").check();
  await saveScreenshots(page, "quick-log-filled");
  await page.getByRole("button", { name: "Save the log" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Logged Chamber business breakfast with 2 people." })).toBeVisible();

  await page.getByRole("link", { name: "See your insights" }).click();
  await expect(metric(page, "Where you network", "Total hours")).toHaveText("2");
  await expect(metric(page, "One-on-ones and follow-up", "New contacts")).toHaveText("2");
  await expect(metric(page, "Your conversations", "Conversations")).toHaveText("2");
  await expect(metric(page, "Your conversations", "Mentioned job search share")).toHaveText("50 %");
  const funnel = page.getByRole("region", { name: "The funnel" });
  await funnel.getByText("Show the numbers").click();
  await expect(funnel.getByRole("row", { name: "New contacts 2" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Hours by kind of venue" }).locator("svg").first()).toBeVisible();
  await saveScreenshots(page, "insights");

  // The follow-up became a task on Grace.
  await goTo(page, "Tasks");
  await expect(
    page.getByRole("listitem").filter({ hasText: "Send Grace my portfolio" }).getByText("· Grace Hopper"),
  ).toBeVisible();

  await goTo(page, "This week");
  await expect(page.getByRole("listitem").filter({ hasText: "Events" }).getByText("1 of 2")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "New contacts" }).getByText("2 of 5")).toBeVisible();

  // Second log, keyboard only: the venue and the person already exist and are suggested.
  await goTo(page, "Quick log");
  const venue = page.getByRole("combobox", { name: "Venue", exact: true });
  await expect(venue).toBeFocused();
  await page.keyboard.type("chamber");
  await expect(page.getByRole("option", { name: /Chamber business breakfast/ })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByText("A venue you have been to (Business networking group).")).toBeVisible();
  await tabTo(page, page.getByLabel("Hours spent"));
  await page.keyboard.type("1.5");
  await tabTo(page, person(page, 1).getByRole("combobox", { name: "Person 1: name" }));
  await page.keyboard.type("Grace");
  await expect(page.getByRole("option", { name: /Grace Hopper/ })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(person(page, 1).getByText("An existing contact.")).toBeVisible();
  await expect(person(page, 1).getByRole("combobox", { name: "Person 1: name" })).toHaveValue("Grace Hopper");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(person(page, 1).getByLabel("I mentioned my job search")).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Logged Chamber business breakfast with 1 person." })).toBeVisible();

  // The contact's timeline holds both conversations.
  await goTo(page, "Contacts");
  await page.getByLabel("Search", { exact: true }).fill("grace");
  // Wait for the search itself (not the list before it loads), so that nothing moves under the click.
  await expect(page.getByRole("region", { name: "Your contacts" }).getByRole("link")).toHaveText(["Grace Hopper"]);
  await page.getByRole("link", { name: "Grace Hopper" }).click();
  await expect(page.getByRole("heading", { name: "Grace Hopper" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" }).getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("region", { name: "Timeline" }).getByText("· at Chamber business breakfast")).toHaveCount(2);
  await expect(page.getByText("Insider", { exact: true })).toBeVisible();
  await saveScreenshots(page, "contact");

  // A contact logged by mistake goes, after a second click that names them.
  await goTo(page, "Contacts");
  await page.getByRole("link", { name: "Alan Plumber" }).click();
  await page.getByRole("button", { name: "Delete Alan Plumber" }).click();
  await page.getByRole("button", { name: "Yes, delete Alan Plumber" }).click();
  await expect(page).toHaveURL("/contacts");
  await expect(page.getByRole("link", { name: "Grace Hopper" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Alan Plumber" })).toBeHidden();
});
