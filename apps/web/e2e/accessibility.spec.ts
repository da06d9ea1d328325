import { expect, test } from "@playwright/test";
import { seriousViolations } from "./support/axe.ts";

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
