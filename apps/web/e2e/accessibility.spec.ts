import { expect, test, type Page } from "@playwright/test";
import { newAccount, type Account } from "./support/accounts.ts";
import { allViolations, seriousViolations } from "./support/axe.ts";
import { apiToken, firstId, navPaths, recordPages, settled, signIn } from "./support/pages.ts";
import { call, registerWithRecords } from "./support/seed.ts";

// The longest file by far (every page, twice, through axe): its tests share the workers instead of
// keeping one busy while the other runs out of files.
test.describe.configure({ mode: "parallel" });

const FORM_PAGES = [
  { name: "login", heading: "Sign in", submit: "Sign in", error: "Enter an email address" },
  { name: "register", heading: "Create your account", submit: "Create account", error: "Enter a name" },
];

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 844 } });

    for (const form of FORM_PAGES) {
      test(`/${form.name}, empty and showing errors, has no serious accessibility violations`, async ({ page }) => {
        await page.goto(`/${form.name}`);
        await expect(page.getByRole("heading", { name: form.heading })).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);

        await page.getByRole("button", { name: form.submit }).click();
        await expect(page.getByText(form.error)).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
        await page.screenshot({ path: `e2e/artifacts/screenshots/${form.name}-errors-${width}.png`, fullPage: true });
      });
    }
  });
}

test("keyboard focus shows the focus ring on fields and buttons", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const ring = (element: Element) => {
    const style = getComputedStyle(element);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  };
  for (const target of [page.getByLabel("Email"), page.getByLabel("Password"), page.getByRole("button", { name: "Sign in" })]) {
    for (let i = 0; i < 6 && !(await target.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(target).toBeFocused();
    expect(await target.evaluate(ring)).toBe("solid 3px");
  }
});

/** Every page of the dashboard, each with no axe violation of any impact (WCAG A/AA and best practices). */
test.describe("every page", () => {
  let jobseeker: Account;
  let coach: Account;
  let records: string[];
  let clientId: string;
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    jobseeker = newAccount();
    coach = { ...newAccount(), name: `Coach ${newAccount().name.split(" ").pop()}` };
    await registerWithRecords(jobseeker);
    const token = await apiToken(jobseeker.email, jobseeker.password);
    const monday = new Date();
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7) - 7);
    await call(token, "POST", "/reviews", {
      weekStart: monday.toISOString().slice(0, 10),
      wentWell: "Two real conversations at the chamber breakfast.",
      adjustments: [{ area: "ONE_ON_ONES", note: "Ask Grace for a coffee." }],
      weeklyTargets: { events: 2, newContacts: 4, oneOnOnes: 1, conversationsMentioningSearchPct: 50 },
    });
    const review = await firstId(token, "reviews");
    records = [...(await recordPages(token)), ...(review ? [`/reviews/${review}`] : [])];
    // The coach is linked with the jobseeker through an invite code, as in the app.
    const { code } = await call<{ code: string }>(token, "POST", "/coach-invites", {});
    const { accessToken: coachToken } = await call<{ accessToken: string }>(null, "POST", "/auth/register", {
      ...coach,
      role: "COACH",
    });
    clientId = (await call<{ client: { id: string } }>(coachToken, "POST", "/coach/links", { code })).client.id;
    // What a coach adds shows on the client's pages too: comments on this week and on a lead, and an assignment.
    const thisMonday = new Date(monday.getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
    const lead = await firstId(token, "leads");
    await call(coachToken, "POST", "/comments", {
      clientId,
      subjectType: "WEEK",
      subjectId: thisMonday,
      body: "Good week: the breakfast is paying off.",
    });
    if (lead) {
      await call(coachToken, "POST", "/comments", {
        clientId,
        subjectType: "LEAD",
        subjectId: lead,
        body: "Ask Grace about it.",
      });
    }
    await call(coachToken, "POST", `/coach/clients/${clientId}/tasks`, { title: "Ask Grace for a coffee" });
  });

  /** Opens each path and collects its violations as "<path> <impact> <rule>: <elements>". */
  async function violationsOn(page: Page, paths: string[]): Promise<string[]> {
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      // A page that never finishes loading is a failure of its own, not a page to check half drawn.
      const loaded = await settled(page).then(
        () => true,
        () => false,
      );
      if (!loaded) found.push(`${path} did not finish loading`);
      found.push(...(await allViolations(page)).map((line) => `${path} ${line}`));
    }
    return found;
  }

  for (const width of [1280, 390]) {
    test.describe(`at ${width} px`, () => {
      test.use({ viewport: { width, height: 844 } });

      test("signed out: sign-in, registration, password reset, email check and not found", async ({ page }) => {
        test.setTimeout(90_000);
        const paths = [
          "/login",
          "/register",
          "/forgot-password",
          "/reset-password?token=x",
          "/verify-email?token=x",
          "/no-such-page",
        ];
        expect(await violationsOn(page, paths)).toEqual([]);
      });

      test("a jobseeker's sections, one record of each kind, a missing record and not found", async ({ page }) => {
        test.setTimeout(240_000);
        await signIn(page, jobseeker.email, jobseeker.password);
        const paths = [
          ...(await navPaths(page)),
          ...records,
          "/reviews/new",
          "/contacts/00000000-0000-4000-8000-000000000000",
          "/no-such-page",
        ];
        expect(await violationsOn(page, paths)).toEqual([]);
      });

      test("a coach's roster, settings and a client's every section", async ({ page }) => {
        test.setTimeout(240_000);
        await signIn(page, coach.email, coach.password);
        const own = await navPaths(page);
        await page.goto(`/clients/${clientId}`);
        const sections = page.getByRole("navigation", { name: "Client sections" }).getByRole("link");
        await expect(sections.first()).toBeVisible();
        const sectionPaths = await sections.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
        expect(sectionPaths.length).toBeGreaterThan(10);
        expect(await violationsOn(page, [...own, ...sectionPaths])).toEqual([]);
      });
    });
  }
});
