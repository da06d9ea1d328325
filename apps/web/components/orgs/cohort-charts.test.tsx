import { BENCHMARK_METRICS, ZCohortBenchmarkSchema, ZCohortHealthSchema } from "@traction/schemas";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BenchmarkCharts, HealthChart, gapReason, healthSummary, metricSummary, scaleEnd } from "./cohort-charts.tsx";

const week = (weekStart: string, clients: number, quartiles: [number, number, number] | null) => ({
  weekStart,
  clients,
  suppressed: clients < 5,
  quartiles: quartiles && { p25: quartiles[0], p50: quartiles[1], p75: quartiles[2] },
  byStatus: clients < 5 ? null : { HEALTHY: 1, NEEDS_NUDGE: 2, STUCK: 1, NOT_ENOUGH_DATA: clients - 4 },
});

const history = ZCohortHealthSchema.parse({
  weeks: [
    week("2026-11-02", 4, null),
    week("2026-11-09", 6, null),
    week("2026-11-16", 6, [40, 52, 70]),
    week("2026-11-23", 6, [45, 61.5, 78]),
  ],
}).weeks;

describe("cohort charts", () => {
  it("ends a metric's scale on a round number", () => {
    expect([0, 0.4, 1, 3, 7, 12, 180, 2600].map(scaleEnd)).toEqual([1, 0.5, 1, 5, 10, 20, 200, 5000]);
  });

  it("says each metric's distribution in words", () => {
    expect(metricSummary("Leads", { p25: 1, p50: 2, p75: 4 })).toBe(
      "Leads: median 2; the middle half of the cohort is between 1 and 4.",
    );
    expect(metricSummary("Offers", { p25: 0, p50: 0, p75: 0 })).toBe("Offers: the middle half of the cohort is at 0.");
    expect(metricSummary("Share", { p25: null, p50: null, p75: null })).toBe("Share: no one in the cohort has a figure yet.");
  });

  it("draws the benchmarks as one image per metric, with the numbers in a table", () => {
    const benchmark = ZCohortBenchmarkSchema.parse({
      period: { from: "2026-11-01", to: "2026-11-28" },
      clients: 6,
      suppressed: false,
      metrics: Object.fromEntries(BENCHMARK_METRICS.map((metric) => [metric, { p25: 2, p50: 3, p75: 4.5 }])),
      outcomes: { interviews: 1, offers: 0, hired: 0 },
    });
    render(<BenchmarkCharts metrics={benchmark.metrics!} period="Last 28 days" />);
    expect(screen.getAllByRole("img")).toHaveLength(10);
    expect(
      screen.getByRole("img", { name: "Hours at events: median 3; the middle half of the cohort is between 2 and 4.5." }),
    ).toBeTruthy();
    const table = screen.getByRole("table", { name: "Benchmarks, Last 28 days" });
    expect(within(table).getByRole("row", { name: "Health score 2 3 4.5" })).toBeTruthy();
  });

  it("sums the health history up in words, gaps included", () => {
    expect(healthSummary("Autumn", history)).toBe(
      "Health scores in Autumn, week by week over the last 4 weeks. The median went from 52 in the week of Nov 16, 2026 " +
        "to 61.5 in the week of Nov 23, 2026; that week the middle half of the cohort scored between 45 and 78. " +
        "2 weeks have no figures, to keep people anonymous.",
    );
    expect(healthSummary("Winter", history.slice(0, 2))).toBe(
      "Health scores in Winter, week by week over the last 2 weeks. No week has figures yet: a week needs at least 5 people with a score.",
    );
    expect(history.map(gapReason)).toEqual(["fewer than 5 people", "fewer than 5 people with a score", null, null]);
  });

  it("draws the weeks with figures as a band and a median line, and leaves the others as gaps", () => {
    const { container } = render(<HealthChart weeks={history} summary="Summary" />);
    expect(screen.getByRole("img", { name: "Summary" })).toBeTruthy();
    expect(container.querySelectorAll("polygon")).toHaveLength(1);
    expect(container.querySelectorAll("polyline")).toHaveLength(1);
    expect(container.querySelectorAll("circle")).toHaveLength(2);
    expect(container.querySelectorAll('rect[fill^="url(#"]')).toHaveLength(2);
  });
});
