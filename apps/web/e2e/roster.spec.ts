/**
 * The coach's roster at first sign-in and at scale: the demo seed's coach sees
 * the six clients of the caseload, searches and filters them, opens a
 * client's section by URL and keeps it on reload and back; a coach with more
 * than twenty clients pages through them.
 */
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { saveScreenshots } from "./support/accounts.ts";
import { run } from "./support/processes.ts";
import { call as api } from "./support/seed.ts";
import { REPO_ROOT } from "./support/settings.ts";

const DEMO = { email: "coach@traction.dev", password: "traction-demo-2026" };

/** The demo accounts, the story and the caseload, as `pnpm db:seed` writes them (this database has other users). */
const SEED = `
import { createDatabase } from "@traction/db";
import { seedAccounts } from "./prisma/seed/accounts.ts";
import { seedCaseload } from "./prisma/seed/caseload.ts";
import { seedStory } from "./prisma/seed/story.ts";
const db = createDatabase({ connectionString: process.env.DATABASE_URL, maxConnections: 2 });
// Once per database: a retried worker finds it seeded.
if (await db.user.findUnique({ where: { email: "coach@traction.dev" } })) { await db.$disconnect(); process.exit(0); }
const { jobseeker, coach } = await seedAccounts(db);
await seedStory(db, jobseeker.id);
await seedCaseload(db, { coachId: coach.id, jobseekerId: jobseeker.id, passwordHash: jobseeker.passwordHash });
await db.$disconnect();
`;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await run("seed", process.execPath, ["--import", "tsx", "--input-type=module", "-e", SEED], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
  });
});

async function signInAsCoach(page: Page, account: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your clients" })).toBeVisible();
}

test("the seeded coach sees six clients, searches, filters and opens a client's section by URL", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsCoach(page, DEMO);
  const roster = page
    .getByRole("main")
    .getByRole("link")
    .filter({ hasText: /^(Dana Demo|Rosa Martinez|Ken Watanabe|Amara Nwosu|Leo Fischer|Nora Quinn)$/ });
  for (const name of ["Dana Demo", "Rosa Martinez", "Ken Watanabe", "Amara Nwosu", "Leo Fischer", "Nora Quinn"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(roster).toHaveCount(6);
  await saveScreenshots(page, "coach-roster-seeded");

  await page.getByLabel("Search by name").fill("nora");
  await expect(roster).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Nora Quinn" })).toBeVisible();
  await page.getByLabel("Search by name").fill("");
  await page.getByLabel("Show clients flagged").selectOption({ label: "In a rut" });
  await expect(page.getByRole("link", { name: "Ken Watanabe" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Leo Fischer" })).toHaveCount(0);

  await page.getByRole("link", { name: "Ken Watanabe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ken Watanabe" })).toBeVisible();
  const kenUrl = page.url();
  await expect(page.getByRole("heading", { name: "Comments on the weeks" })).toBeVisible();
  await saveScreenshots(page, "coach-client-insights");

  // A section by its URL, kept on reload.
  await page.goto(`${kenUrl}/events`);
  const sections = page.getByRole("navigation", { name: "Client sections" });
  await expect(sections.getByRole("link", { name: "Events" })).toHaveAttribute("aria-current", "page");
  await page.reload();
  await expect(sections.getByRole("link", { name: "Events" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 1, name: "Ken Watanabe" })).toBeVisible();
  // Another section, then back.
  await sections.getByRole("link", { name: "Plan" }).click();
  await expect(page).toHaveURL(`${kenUrl}/plan`);
  await page.goBack();
  await expect(page).toHaveURL(`${kenUrl}/events`);
  await expect(sections.getByRole("link", { name: "Events" })).toHaveAttribute("aria-current", "page");
  await saveScreenshots(page, "coach-client-events");
});

test("a coach with 23 clients sees twenty, then the rest on Show more", async ({ page }) => {
  test.setTimeout(120_000);
  const id = randomBytes(4).toString("hex");
  const coach = { email: `coach.${id}@example.test`, password: `correct horse ${id}` };
  const { accessToken: coachToken } = await api<{ accessToken: string }>(null, "POST", "/auth/register", {
    ...coach,
    name: `Coach ${id}`,
    role: "COACH",
  });
  for (let index = 0; index < 23; index += 1) {
    const { accessToken } = await api<{ accessToken: string }>(null, "POST", "/auth/register", {
      email: `client.${id}.${index}@example.test`,
      password: `correct horse ${id}`,
      name: `Pager ${String(index).padStart(2, "0")}`,
      role: "JOBSEEKER",
    });
    const { code } = await api<{ code: string }>(accessToken, "POST", "/coach-invites", {});
    await api(coachToken, "POST", "/coach/links", { code });
  }
  await signInAsCoach(page, coach);
  const pagers = page.getByRole("link", { name: /^Pager \d+$/ });
  await expect(pagers).toHaveCount(20);
  await page.getByRole("button", { name: "Show more" }).click();
  await expect(pagers).toHaveCount(23);
  await expect(page.getByRole("button", { name: "Show more" })).toHaveCount(0);
  const names = await pagers.allTextContents();
  expect(new Set(names).size).toBe(23);
});
