"use client";

/** Insights for a period: the period picker, the diagnosis, and the charts (Recharts loads only here). */
import { ZInsightsQuerySchema } from "@traction/schemas";
import dynamic from "next/dynamic";
import { useState, type ReactNode } from "react";
import { getInsights, type Period } from "../../lib/api/insights.ts";
import { addDays, toDateString, today } from "../../lib/dates.ts";
import { text } from "../../lib/forms/read-form.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { TextField } from "../forms/text-field.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { CohortComparison } from "./cohort-comparison.tsx";
import { InsightsView } from "./insights-view.tsx";

const InsightsCharts = dynamic(() => import("./insights-charts.tsx"), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-600">Loading the charts…</p>,
});

/** Mine, or a linked client's (for a coach: pass `clientId`); `children` follow the charts. */
export function InsightsPanel({ clientId, children }: { clientId?: string; children?: ReactNode }) {
  // No period asked at first: the API's default, the last 28 days up to the owner's today in their time zone.
  const [period, setPeriod] = useState<Period>({});
  const insights = useLoad(`insights:${clientId ?? "me"}:${period.from ?? "default"}:${period.to ?? ""}`, (api) =>
    getInsights(api, period, clientId),
  );
  const served = insights.data?.period;
  const shown: Period = {
    from: period.from ?? (served && toDateString(served.from)),
    to: period.to ?? (served && toDateString(served.to)),
  };

  return (
    <div className="space-y-4">
      <PeriodPicker period={shown} onChange={setPeriod} />
      <LoadState {...insights} what="insights" hasData={Boolean(insights.data)}>
        {insights.data && (
          <>
            <InsightsView insights={insights.data} />
            <InsightsCharts insights={insights.data} />
            {clientId === undefined && <CohortComparison />}
          </>
        )}
      </LoadState>
      {children}
    </div>
  );
}

function PeriodPicker({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const presets = [
    { label: "Last 4 weeks", days: 28 },
    { label: "Last 12 weeks", days: 84 },
  ];
  return (
    <Panel title="Period">
      <SchemaForm
        key={`${period.from}:${period.to}`}
        label="Choose the period"
        schema={ZInsightsQuerySchema}
        fields={["from", "to"]}
        read={(data) => ({ from: text(data, "from"), to: text(data, "to") })}
        wideSubmit={false}
        className="flex flex-wrap items-end gap-3"
        submitLabel="Show"
        pendingLabel="Loading…"
        onSubmit={async (value) =>
          onChange({ from: value.from && toDateString(value.from), to: value.to && toDateString(value.to) })
        }
      >
        {(errors) => (
          <>
            <TextField name="from" label="From" type="date" defaultValue={period.from} error={errors.from} className="w-44" />
            <TextField name="to" label="To" type="date" defaultValue={period.to} error={errors.to} className="w-44" />
          </>
        )}
      </SchemaForm>
      <div className="mt-3 flex flex-wrap gap-2">
        {presets.map((preset) => (
          <button
            key={preset.label}
            type="button"
            className="rounded-md border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100"
            onClick={() => onChange(preset.days === 28 ? {} : { from: addDays(today(), 1 - preset.days), to: today() })}
          >
            {preset.label}
          </button>
        ))}
      </div>
    </Panel>
  );
}
