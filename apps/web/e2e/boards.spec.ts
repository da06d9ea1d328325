import { expect, test, type Page } from "@playwright/test";
import { newAccount, saveScreenshots } from "./support/accounts.ts";
import { signIn } from "./support/pages.ts";
import { registerWithRecords } from "./support/seed.ts";

/** A board's column, by its heading ("Applied" and its count). */
const column = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}\\b`) });

/**
 * Presses a key and waits until the board says `words`, as a person waits to hear where the card is
 * (dnd-kit listens for the arrows only once a lift has settled: keys pressed in the same instant are lost).
 */
async function pressAndHear(page: Page, key: string, words: string) {
  await page.keyboard.press(key);
  await expect(page.getByRole("status").filter({ hasText: words })).toBeAttached();
}

/** A new jobseeker with the seeded records (leads in Idea and Referral, one-on-ones Proposed and Scheduled), signed in at `path`. */
async function openWithRecords(page: Page, path: string) {
  const account = newAccount();
  await registerWithRecords(account);
  await signIn(page, account.email, account.password);
  await page.goto(path);
}

test("leads move by mouse drag and by keyboard, said in words, and keep their stage after a reload", async ({ page }) => {
  test.setTimeout(90_000);
  await openWithRecords(page, "/leads");
  const board = page.getByRole("region", { name: "Leads by stage" });
  await expect(column(page, "Idea").getByText("Supply planner")).toBeVisible();

  // Seven columns fit the 1280 px page: the last one is in view without scrolling sideways.
  expect(await board.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);

  // The mouse: grab "Supply planner" by its card and drop it on Applied.
  const card = column(page, "Idea").getByRole("listitem").filter({ hasText: "Supply planner" });
  const from = await card.getByRole("button", { name: "Drag Supply planner" }).boundingBox();
  const to = await column(page, "Applied").boundingBox();
  if (!from || !to) throw new Error("the card or the column is not on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 12 });
  await expect(column(page, "Applied")).toHaveClass(/border-indigo-600/);
  await page.screenshot({ path: "e2e/artifacts/screenshots/leads-dragging-desktop-1280.png" });
  await page.mouse.up();
  await expect(column(page, "Applied").getByText("Supply planner")).toBeVisible();
  await expect(column(page, "Idea").getByText("Supply planner")).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Moved Supply planner to Applied." })).toBeAttached();

  // The keyboard: focus the card's handle, space lifts, the arrows choose a column, space drops.
  const handle = page.getByRole("button", { name: "Drag Operations analyst" });
  await handle.focus();
  await pressAndHear(page, "Space", "Picked up Operations analyst, in Referral.");
  await pressAndHear(page, "ArrowRight", "Operations analyst is over Applied.");
  await pressAndHear(page, "ArrowRight", "Operations analyst is over Interview.");
  await pressAndHear(page, "Space", "Moved Operations analyst to Interview.");
  await expect(column(page, "Interview").getByText("Operations analyst")).toBeVisible();

  // Escape puts a lifted card back where it was.
  await page.getByRole("button", { name: "Drag Operations analyst" }).focus();
  await pressAndHear(page, "Space", "Picked up Operations analyst, in Interview.");
  await pressAndHear(page, "ArrowLeft", "Operations analyst is over Applied.");
  await pressAndHear(page, "Escape", "Move cancelled. Operations analyst stays in Interview.");

  // Both moves were saved: a reload shows the new stages.
  await page.reload();
  await expect(column(page, "Applied").getByText("Supply planner")).toBeVisible();
  await expect(column(page, "Interview").getByText("Operations analyst")).toBeVisible();
  await expect(column(page, "Idea").getByText("Supply planner")).toHaveCount(0);
  await expect(column(page, "Referral").getByText("Operations analyst")).toHaveCount(0);
  await saveScreenshots(page, "leads-board");
});

test("a one-on-one dropped on Scheduled without a time goes back, and the page says why", async ({ page }) => {
  test.setTimeout(90_000);
  await openWithRecords(page, "/meetings");
  const handle = column(page, "Proposed").getByRole("button", { name: "Drag one-on-one with Alan Plumber" });
  const from = await handle.boundingBox();
  const to = await column(page, "Scheduled").boundingBox();
  if (!from || !to) throw new Error("the card or the column is not on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + 40, { steps: 12 });
  await page.mouse.up();

  await expect(page.getByRole("alert").filter({ hasText: "Could not save" })).toHaveText(
    "Could not save the change. A time is required for a scheduled one-on-one.",
  );
  await expect(column(page, "Proposed").getByText("Alan Plumber")).toBeVisible();
  await expect(column(page, "Scheduled").getByText("Alan Plumber")).toHaveCount(0);
  await saveScreenshots(page, "meetings-board-refused");
  await page.reload();
  await expect(column(page, "Proposed").getByText("Alan Plumber")).toBeVisible();
});

test("on a phone the stacked columns take a card down the list with the arrow keys", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await openWithRecords(page, "/leads");
  await page.getByRole("button", { name: "Drag Supply planner" }).focus();
  await pressAndHear(page, "Space", "Picked up Supply planner, in Idea.");
  await pressAndHear(page, "ArrowDown", "Supply planner is over Referral.");
  await pressAndHear(page, "ArrowDown", "Supply planner is over Applied.");
  await pressAndHear(page, "Space", "Moved Supply planner to Applied.");
  await page.reload();
  await expect(column(page, "Applied").getByText("Supply planner")).toBeVisible();
});
