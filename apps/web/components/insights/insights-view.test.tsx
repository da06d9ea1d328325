import { ZInsightsSchema } from "@traction/schemas";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { insightsJson } from "../../test/fixtures.ts";
import { InsightsView } from "./insights-view.tsx";

const insights = ZInsightsSchema.parse(insightsJson);

/** A definition list as "term = value" lines. */
function pairs(dl: HTMLElement): string[] {
  return [...dl.querySelectorAll("dt")].map((dt) => `${dt.textContent} = ${dt.nextElementSibling?.textContent}`);
}

function tip(name: string) {
  return within(screen.getByRole("region", { name }));
}

describe("InsightsView", () => {
  it("shows a null score as no score, never 0 and never a band, and says what every tip needs", () => {
    const thin = ZInsightsSchema.parse({
      ...insightsJson,
      healthScore: null,
      healthBreakdown: [],
      flags: [],
      tips: insightsJson.tips.map((each) => ({
        tip: each.tip,
        status: "NOT_ENOUGH_DATA",
        metrics: {},
        findings: [],
        needs: { conversations: 5 },
      })),
    });
    render(<InsightsView insights={thin} />);
    const summary = within(screen.getByRole("region", { name: "Summary" }));
    expect(summary.getByText("Not enough data yet")).toBeTruthy();
    expect(summary.queryByText("0")).toBeNull();
    expect(summary.queryByText(/Healthy|Stuck|nudge/)).toBeNull();
    expect(summary.getByText("No health score yet: it needs at least two tips with enough logged to judge.")).toBeTruthy();
    expect(screen.queryByText("On track")).toBeNull();
    expect(screen.getAllByText("Needs at least 5 conversations", { exact: false })).toHaveLength(4);
  });

  it("shows each tip with its status in words", () => {
    render(<InsightsView insights={insights} />);

    expect(tip("Where you network").getByText("Not working")).toBeTruthy();
    expect(tip("Other opportunities").getByText("On track")).toBeTruthy();
    expect(tip("Your conversations").getByText("Needs attention")).toBeTruthy();
    expect(tip("One-on-ones and follow-up").getByText("Not enough data yet")).toBeTruthy();
    expect(tip("One-on-ones and follow-up").queryByText("On track")).toBeNull();
    expect(
      tip("One-on-ones and follow-up").getByText(
        "Not enough logged in this period to judge. Needs at least 3 new contacts (2 so far).",
      ),
    ).toBeTruthy();
    expect(tip("Other opportunities").getByText("Nothing to change here.")).toBeTruthy();
  });

  it("shows every finding with its evidence and its recommendation", () => {
    render(<InsightsView insights={insights} />);

    const where = tip("Where you network");
    expect(where.getByText("81 % of your networking hours (6.5 of 8) were at jobseeker support groups.")).toBeTruthy();
    expect(pairs(where.getByText("Support group hours", { selector: "dl[aria-label=Evidence] dt" }).closest("dl")!)).toEqual([
      "Support group hours = 6.5",
      "Total hours = 8",
      "Support group share = 81 %",
      "Events = Event 1Event 2",
    ]);
    expect(
      where.getByText("Branch out: make two of your next three events something other than a jobseeker group."),
    ).toBeTruthy();
    expect(where.getByText("Alert")).toBeTruthy();
    expect(
      within(where.getByText("Events", { selector: "dl[aria-label=Evidence] dt" }).nextElementSibling as HTMLElement)
        .getAllByRole("link")
        .map((link) => [link.textContent, link.getAttribute("href")]),
    ).toEqual(
      (insights.tips[0]!.findings[0]!.evidence.eventIds as string[]).map((id, index) => [`Event ${index + 1}`, `/events/${id}`]),
    );

    const conversations = tip("Your conversations");
    expect(conversations.getByText("You are in a rut: 7 conversations were with only 3 different people.")).toBeTruthy();
    expect(conversations.getByText("At your next event, talk to three people you have never met.")).toBeTruthy();
    expect(conversations.getByText("Warning")).toBeTruthy();
  });

  it("shows the tip's numbers, shares as percentages", () => {
    render(<InsightsView insights={insights} />);

    const numbers = [...document.querySelectorAll("dl[aria-label=Numbers]")].flatMap((dl) => pairs(dl as HTMLElement));
    expect(numbers).toContain("Support group share = 81 %");
    expect(numbers).toContain("Behind the scenes share = —");
    expect(numbers).toContain("New contact to one-on-one rate = 50 %");
    expect(numbers).toContain("Distinct people = 3");
  });

  it("sums up with the health score and the flags", () => {
    render(<InsightsView insights={insights} />);

    const summary = within(screen.getByRole("region", { name: "Summary" }));
    expect(summary.getByText("59")).toBeTruthy();
    expect(summary.getByText("59 = 100 − 25 support-group heavy − 16 in a rut")).toBeTruthy();
    expect(
      within(summary.getByRole("list", { name: "Flags" }))
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Support-group heavy", "In a rut"]);
    expect(summary.getByText("Oct 29, 2026 – Nov 25, 2026")).toBeTruthy();
  });
});
