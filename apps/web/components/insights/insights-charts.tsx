"use client";

/**
 * The charts of the insights page (Recharts, loaded only there): hours by
 * venue kind, the funnel, leads per hour by venue kind and the weekly series.
 * Each chart has its numbers as a table too.
 */
import type { TInsights } from "@traction/schemas";
import type { ReactNode } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatShortDay } from "../../lib/dates.ts";
import { VENUE_KIND_LABELS } from "../../lib/labels.ts";
import { Panel } from "../ui/panel.tsx";

const INDIGO = "#4338ca";
const TEAL = "#0f766e";
const AMBER = "#b45309";
const ROSE = "#be123c";
const AXIS = { fontSize: 12, fill: "#334155" };
const DOT = { r: 3 };
const SERIES = [
  ["events", "Events", INDIGO, "linear"],
  ["newContacts", "New contacts", TEAL, "monotone"],
  ["conversations", "Conversations", AMBER, "monotone"],
  ["oneOnOnes", "One-on-ones", ROSE, "monotone"],
] as const;

/**
 * The weekly series with each week marked whole or not: a week the period
 * cuts (its first, or the week in progress) holds fewer days, so the lines
 * leave it out instead of drawing it as a fall; the table keeps it, marked.
 */
function weeklyRows(insights: TInsights) {
  const from = insights.period.from.getTime();
  const to = insights.period.to.getTime();
  const weekMs = 7 * 86_400_000;
  return insights.weekly.map((week) => {
    const start = week.weekStart.getTime();
    return {
      ...week,
      week: formatShortDay(week.weekStart),
      whole: start >= from && start + weekMs - 86_400_000 <= to,
      inProgress: start === insights.targets.weekStart.getTime(),
    };
  });
}

export default function InsightsCharts({ insights }: { insights: TInsights }) {
  const kinds = insights.byVenueKind
    .filter((kind) => kind.hours > 0 || kind.events > 0)
    .map((kind) => ({ ...kind, label: VENUE_KIND_LABELS[kind.kind], leadsPerHour: kind.leadsPerHour ?? 0 }));
  const funnel = [
    { step: "Hours", value: insights.funnel.hours },
    { step: "New contacts", value: insights.funnel.newContacts },
    { step: "Conversations", value: insights.funnel.conversations },
    { step: "One-on-ones", value: insights.funnel.oneOnOnes },
    { step: "Leads", value: insights.funnel.leads },
    { step: "Interviews", value: insights.funnel.interviews },
    { step: "Offers", value: insights.funnel.offers },
  ];
  const weekly = weeklyRows(insights);
  const whole = weekly.filter((week) => week.whole);
  const partial = weekly.filter((week) => !week.whole);
  const kindHeight = Math.max(160, kinds.length * 40 + 40);

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Chart
        title="Hours by kind of venue"
        empty={kinds.length === 0}
        table={
          <Table head={["Kind of venue", "Hours", "Events"]} rows={kinds.map((kind) => [kind.label, kind.hours, kind.events])} />
        }
      >
        <ResponsiveContainer width="100%" height={kindHeight}>
          <BarChart data={kinds} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={AXIS} allowDecimals />
            <YAxis type="category" dataKey="label" tick={AXIS} width={150} />
            <Tooltip />
            <Bar dataKey="hours" name="Hours" fill={INDIGO} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Chart>
      <Chart
        title="The funnel"
        empty={insights.funnel.hours === 0 && insights.funnel.conversations === 0}
        table={<Table head={["Step", "Count"]} rows={funnel.map((step) => [step.step, step.value])} />}
      >
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={funnel} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={AXIS} />
            <YAxis type="category" dataKey="step" tick={AXIS} width={110} />
            <Tooltip />
            <Bar dataKey="value" name="Count" fill={TEAL} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Chart>
      <Chart
        title="Leads per hour by kind of venue"
        empty={kinds.length === 0}
        table={
          <Table
            head={["Kind of venue", "Leads", "Leads per hour"]}
            rows={kinds.map((kind) => [kind.label, kind.leads, round(kind.leadsPerHour)])}
          />
        }
      >
        <ResponsiveContainer width="100%" height={kindHeight}>
          <BarChart data={kinds} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={AXIS} />
            <YAxis type="category" dataKey="label" tick={AXIS} width={150} />
            <Tooltip />
            <Bar dataKey="leadsPerHour" name="Leads per hour" fill={AMBER} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Chart>
      <Chart
        title="Week by week"
        empty={weekly.length === 0}
        table={
          <Table
            head={["Week of", "Events", "Hours", "New contacts", "Conversations", "One-on-ones", "Leads"]}
            rows={weekly.map((week) => [
              week.whole ? week.week : `${week.week} (${week.inProgress ? "so far" : "part of the week"})`,
              week.events,
              week.hours,
              week.newContacts,
              week.conversations,
              week.oneOnOnes,
              week.leads,
            ])}
          />
        }
      >
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={whole} accessibilityLayer={false} margin={{ top: 12, left: 0, right: 16, bottom: 4 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="week" tick={AXIS} padding={{ left: 16, right: 16 }} />
            <YAxis tick={AXIS} allowDecimals={false} width={32} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12, color: "#334155" }} />
            {SERIES.map(([key, name, color, type]) => (
              <Line
                key={key}
                type={type}
                dataKey={key}
                name={name}
                stroke={color}
                strokeWidth={2}
                dot={DOT}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
        {partial.length > 0 && (
          <p className="mt-1 text-xs text-slate-600">
            Not drawn, as only part of the week is in the period:{" "}
            {partial.map((week) => `week of ${week.week}${week.inProgress ? " (in progress)" : ""}`).join(", ")}. Their numbers
            are in the table.
          </p>
        )}
      </Chart>
    </div>
  );
}

function Chart({ title, empty, table, children }: { title: string; empty: boolean; table: ReactNode; children: ReactNode }) {
  return (
    <Panel title={title}>
      {empty ? (
        <p className="py-4 text-sm text-slate-600">Nothing logged in this period yet.</p>
      ) : (
        <>
          <div aria-hidden="true">{children}</div>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer font-medium text-indigo-700">Show the numbers</summary>
            {table}
          </details>
        </>
      )}
    </Panel>
  );
}

function Table({ head, rows }: { head: string[]; rows: Array<Array<string | number>> }) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col" className="border-b border-slate-300 px-2 py-1 font-semibold">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={String(row[0])}>
              {row.map((cell, index) => (
                <td key={index} className="border-b border-slate-200 px-2 py-1">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const round = (value: number) => Math.round(value * 100) / 100;
