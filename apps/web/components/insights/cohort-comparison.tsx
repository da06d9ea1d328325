"use client";

/** "Compared with your cohort": where I stand in each cohort I joined (nothing under 5 people). */
import { BENCHMARK_MIN_CLIENTS, type TBenchmarkMetric } from "@traction/schemas";
import { getMyBenchmark } from "../../lib/api/orgs.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { LoadState } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";

export const METRIC_LABELS: Record<TBenchmarkMetric, string> = {
  eventHours: "Hours at events",
  venueKinds: "Kinds of venue",
  newContacts: "New contacts",
  conversations: "Conversations",
  conversationsMentioningSearchPct: "Conversations mentioning your search (%)",
  oneOnOnes: "One-on-ones",
  leads: "Leads",
  interviews: "Interviews",
  offers: "Offers",
  healthScore: "Health score",
};

export function CohortComparison() {
  const benchmark = useLoad("my-benchmark", getMyBenchmark);
  const cohorts = benchmark.data?.data ?? [];
  if (benchmark.status === "ready" && cohorts.length === 0) return null;
  return (
    <Panel title="Compared with your cohort" description="The last 28 days: the share of your cohort you are ahead of.">
      <LoadState {...benchmark} what="your cohort comparison">
        <div className="space-y-4">
          {cohorts.map((entry) => (
            <section key={entry.cohort.id} aria-label={`${entry.cohort.name} comparison`}>
              <h3 className="font-medium text-slate-900">
                {entry.cohort.name} · {entry.org.name} ({entry.clients} people)
              </h3>
              {entry.metrics === null ? (
                <p className="text-sm text-slate-600">
                  Figures appear once the cohort has {BENCHMARK_MIN_CLIENTS} people, so that no one can be recognised.
                </p>
              ) : (
                <ul className="mt-2 grid gap-2 sm:grid-cols-2">
                  {(Object.keys(METRIC_LABELS) as TBenchmarkMetric[]).map((metric) => {
                    const { value, percentile } = entry.metrics![metric];
                    return (
                      <li key={metric} className="rounded-md border border-slate-200 p-2 text-sm">
                        <span className="text-slate-700">{METRIC_LABELS[metric]}: </span>
                        <span className="font-semibold text-slate-900">{value ?? "—"}</span>
                        {percentile !== null && (
                          <p className="text-slate-600">More than {Math.round(percentile)} % of your cohort</p>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          ))}
        </div>
      </LoadState>
    </Panel>
  );
}
