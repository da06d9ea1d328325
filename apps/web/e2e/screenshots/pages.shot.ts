/**
 * `pnpm screenshots`: a PNG of every page at 1280 and 390 px, signed out, as
 * the demo jobseeker and as the demo coach, in e2e/artifacts/pages/.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { test, type Page } from "@playwright/test";
import { apiToken, firstId, navPaths, recordPages, settled, signIn } from "../support/pages.ts";
import { ARTIFACTS_DIR } from "../support/settings.ts";
import { DEMO_COACH, DEMO_JOBSEEKER, DEMO_PASSWORD } from "../../../../prisma/seed/demo-accounts.ts";

const OUT = path.join(ARTIFACTS_DIR, "pages");
const WIDTHS = [1280, 390];

const fileName = (who: string, pagePath: string, width: number) =>
  `${who}${
    pagePath
      .replace(/\/0{8}-[0-9a-f-]{27}/g, "/missing")
      .replace(/\/[0-9a-f-]{36}/g, "/id")
      .replace(/\//g, "_") || "_home"
  }-${width}.png`;

async function shoot(page: Page, who: string, paths: string[]) {
  mkdirSync(OUT, { recursive: true });
  for (const pagePath of paths) {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width > 500 ? 800 : 844 });
      await page.goto(pagePath);
      await settled(page).catch(() => undefined);
      await page.screenshot({ path: path.join(OUT, fileName(who, pagePath, width)), fullPage: true });
    }
  }
}

test.describe.configure({ mode: "parallel" });
test.setTimeout(900_000);

test("signed out", async ({ page }) => {
  await shoot(page, "public", ["/login", "/register", "/no-such-page"]);
});

test("the demo jobseeker's sections", async ({ page }) => {
  await signIn(page, DEMO_JOBSEEKER.email, DEMO_PASSWORD);
  await shoot(page, "jobseeker", await navPaths(page));
});

test("the demo jobseeker's record pages", async ({ page }) => {
  await signIn(page, DEMO_JOBSEEKER.email, DEMO_PASSWORD);
  const token = await apiToken(DEMO_JOBSEEKER.email, DEMO_PASSWORD);
  await shoot(page, "jobseeker", [...(await recordPages(token)), "/contacts/00000000-0000-4000-8000-000000000000"]);
});

test("the demo coach", async ({ page }) => {
  await signIn(page, DEMO_COACH.email, DEMO_PASSWORD);
  const token = await apiToken(DEMO_COACH.email, DEMO_PASSWORD);
  const client = await firstId(token, "coach/clients");
  const org = await firstId(token, "orgs");
  await shoot(page, "coach", [
    ...(await navPaths(page)),
    ...(client ? [`/clients/${client}`] : []),
    ...(org ? [`/orgs/${org}`] : []),
  ]);
  if (!org) return;
  // A cohort's charts open on demand: the outcomes, the benchmarks and the health week by week.
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width > 500 ? 800 : 844 });
    await page.goto(`/orgs/${org}`);
    await settled(page).catch(() => undefined);
    await page.getByRole("button", { name: "Show benchmarks" }).first().click();
    await page.getByText("reached an interview").first().waitFor();
    await page
      .getByRole("img", { name: /^Health scores in / })
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(OUT, `coach_org-benchmarks-${width}.png`), fullPage: true });
  }
});
