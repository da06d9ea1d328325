import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** Every axe violation, of any impact (WCAG 2.1 A and AA and best practices), as readable lines. */
export async function allViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (violation) =>
      `${violation.impact ?? ""} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/** Serious and critical axe violations (WCAG 2.1 A and AA), as readable lines ("color-contrast: .btn, .x"). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}
