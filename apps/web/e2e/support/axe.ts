import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * axe in the page itself, collecting violations only. The dashboard has no
 * cross-origin frames, so the default run (a partial run per frame, finished in
 * a new blank tab with every passing node sent across) only costs time: about
 * half of each check on a two-core machine.
 */
function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
}

/** Every axe violation, of any impact (WCAG 2.1 A and AA and best practices), as readable lines. */
export async function allViolations(page: Page): Promise<string[]> {
  const { violations } = await axe(page).analyze();
  return violations.map(
    (violation) =>
      `${violation.impact ?? ""} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/** Serious and critical axe violations (WCAG 2.1 A and AA), as readable lines ("color-contrast: .btn, .x"). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await axe(page).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}
