"use client";

/**
 * A cohort's charts on the organisation page, drawn by hand in SVG: the
 * benchmarks (one small chart per metric: the middle half of the cohort as a
 * bar, the median marked) and the health week by week (the middle half as a
 * band, the median as a line; weeks without figures are gaps, and a note says
 * why). Each chart is an image with a spoken summary, and its numbers are
 * also in a table under "Show as table".
 */
import {
  BENCHMARK_MIN_CLIENTS,
  HEALTH_BANDS,
  HEALTH_STATUSES,
  type TBenchmarkMetric,
  type TCohortBenchmark,
  type TCohortHealthWeek,
} from "@traction/schemas";
import { useId, useState, type ReactNode } from "react";
import { getCohortHealth } from "../../lib/api/orgs.ts";
import { formatDay, formatShortDay } from "../../lib/dates.ts";
import { HEALTH_STATUS_LABELS } from "../../lib/labels.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { useWidth } from "../../lib/hooks/use-width.ts";
import { METRIC_LABELS } from "../insights/cohort-comparison.tsx";
import { LoadState } from "../ui/load-state.tsx";

const INDIGO_BAND = "#a5b4fc"; // indigo-300
const INDIGO_LINE = "#3730a3"; // indigo-800
const TRACK = "#e2e8f0"; // slate-200
const AXIS_TEXT = "#475569"; // slate-600
const GRID = "#cbd5e1"; // slate-300

type Distribution = { p25: number | null; p50: number | null; p75: number | null };

/** A round number at or above `value` (1, 2, 2.5 or 5 times a power of ten) for the end of a scale. */
export function scaleEnd(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map((step) => step * power).find((end) => end >= value)!;
}

const MAX_OF: Partial<Record<TBenchmarkMetric, number>> = { healthScore: 100, conversationsMentioningSearchPct: 100 };

/** What one metric's chart says, in words. */
export function metricSummary(label: string, { p25, p50, p75 }: Distribution): string {
  if (p50 === null || p25 === null || p75 === null) return `${label}: no one in the cohort has a figure yet.`;
  if (p25 === p75) return `${label}: the middle half of the cohort is at ${p50}.`;
  return `${label}: median ${p50}; the middle half of the cohort is between ${p25} and ${p75}.`;
}

function ShowAsTable({ children }: { children: ReactNode }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium text-indigo-700">Show as table</summary>
      <div className="mt-1 overflow-x-auto">{children}</div>
    </details>
  );
}

const th = "px-2 py-1 font-semibold";
const td = "border-t border-slate-200 px-2 py-1 text-right tabular-nums";
const QUARTILE_HEADS = ["25th percentile", "Median", "75th percentile"];

/** A table's column headings: the first names the rows, the others head right-aligned numbers. */
function HeadRow({ first, numeric }: { first: string; numeric: string[] }) {
  return (
    <thead>
      <tr className="text-slate-700">
        <th scope="col" className={th}>
          {first}
        </th>
        {numeric.map((label) => (
          <th key={label} scope="col" className={`${th} text-right`}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The benchmarks: a chart per metric, then the same numbers as a table. */
export function BenchmarkCharts({ metrics, period }: { metrics: NonNullable<TCohortBenchmark["metrics"]>; period: string }) {
  const rows = (Object.keys(METRIC_LABELS) as TBenchmarkMetric[]).map((metric) => ({
    metric,
    label: METRIC_LABELS[metric],
    ...metrics[metric],
  }));
  return (
    <>
      <ul className="mt-2 grid gap-x-6 gap-y-3 sm:grid-cols-2">
        {rows.map((row) => (
          <MetricChart key={row.metric} {...row} />
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600">
        Bar: the middle half of the cohort (from the 25th to the 75th percentile). Mark: the median.
      </p>
      <ShowAsTable>
        <table className="w-full text-left text-xs">
          <caption className="sr-only">Benchmarks, {period}</caption>
          <HeadRow first={period} numeric={QUARTILE_HEADS} />
          <tbody>
            {rows.map((row) => (
              <tr key={row.metric}>
                <th scope="row" className="border-t border-slate-200 px-2 py-1 font-normal text-slate-700">
                  {row.label}
                </th>
                <td className={td}>{row.p25 ?? "—"}</td>
                <td className={td}>{row.p50 ?? "—"}</td>
                <td className={td}>{row.p75 ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ShowAsTable>
    </>
  );
}

function MetricChart({ metric, label, p25, p50, p75 }: { metric: TBenchmarkMetric; label: string } & Distribution) {
  const end = MAX_OF[metric] ?? scaleEnd(p75 ?? 0);
  const x = (value: number) => Math.min(100, Math.max(0, (value / end) * 100));
  const known = p25 !== null && p50 !== null && p75 !== null;
  return (
    <li className="min-w-0 text-xs">
      <p className="flex flex-wrap justify-between gap-x-2 text-slate-800">
        <span className="font-medium">{label}</span>
        <span className="text-slate-700 tabular-nums" aria-hidden="true">
          {!known ? "no figure yet" : p25 === p75 ? `middle half at ${p50}` : `median ${p50} · middle half ${p25}–${p75}`}
        </span>
      </p>
      <svg
        role="img"
        aria-label={metricSummary(label, { p25, p50, p75 })}
        viewBox="0 0 100 14"
        preserveAspectRatio="none"
        className="mt-1 block h-3.5 w-full"
      >
        <rect x="0" y="5" width="100" height="4" fill={TRACK} />
        {known && (
          <>
            <rect x={x(p25)} y="2" width={Math.max(0.8, x(p75) - x(p25))} height="10" rx="1" fill={INDIGO_BAND} />
            <line x1={x(p50)} x2={x(p50)} y1="0" y2="14" stroke={INDIGO_LINE} strokeWidth="3" vectorEffect="non-scaling-stroke" />
          </>
        )}
      </svg>
      <p className="flex justify-between text-[11px] text-slate-600 tabular-nums" aria-hidden="true">
        <span>0</span>
        <span>{end}</span>
      </p>
    </li>
  );
}

// Health week by week ------------------------------------------------------------------

const WEEK_CHOICES = [12, 26, 52];
const HEIGHT = 220;
const TOP = 10;
const BOTTOM = 26;
const LEFT = 30;

/** Why a week has no figures, in words (null: it has). */
export function gapReason(week: TCohortHealthWeek): string | null {
  if (week.suppressed) return `fewer than ${BENCHMARK_MIN_CLIENTS} people`;
  if (week.quartiles === null) return `fewer than ${BENCHMARK_MIN_CLIENTS} people with a score`;
  return null;
}

/** The chart's spoken summary. */
export function healthSummary(cohortName: string, weeks: TCohortHealthWeek[]): string {
  const intro = `Health scores in ${cohortName}, week by week over the last ${weeks.length} weeks.`;
  const charted = weeks.filter((week) => week.quartiles !== null);
  const gaps = weeks.length - charted.length;
  if (charted.length === 0)
    return `${intro} No week has figures yet: a week needs at least ${BENCHMARK_MIN_CLIENTS} people with a score.`;
  const first = charted[0]!;
  const last = charted.at(-1)!;
  const trend =
    first === last
      ? `In the week of ${formatDay(last.weekStart)} the median was ${last.quartiles!.p50}`
      : `The median went from ${first.quartiles!.p50} in the week of ${formatDay(first.weekStart)} to ${last.quartiles!.p50} in the week of ${formatDay(last.weekStart)}`;
  const spread = `; that week the middle half of the cohort scored between ${last.quartiles!.p25} and ${last.quartiles!.p75}.`;
  const missing = gaps === 0 ? "" : ` ${gaps} ${gaps === 1 ? "week has" : "weeks have"} no figures, to keep people anonymous.`;
  return `${intro} ${trend}${spread}${missing}`;
}

/** Runs of consecutive weeks with figures: each is drawn as one band and one line. */
function runsOf(weeks: TCohortHealthWeek[]): Array<Array<{ index: number; week: TCohortHealthWeek }>> {
  const runs: Array<Array<{ index: number; week: TCohortHealthWeek }>> = [];
  let run: Array<{ index: number; week: TCohortHealthWeek }> = [];
  weeks.forEach((week, index) => {
    if (week.quartiles) run.push({ index, week });
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

export function HealthHistory({ orgId, cohortId, cohortName }: { orgId: string; cohortId: string; cohortName: string }) {
  const [weeks, setWeeks] = useState(12);
  const selectId = useId();
  const health = useLoad(`cohort-health:${cohortId}:${weeks}`, (api) => getCohortHealth(api, orgId, cohortId, weeks), {
    keepPrevious: true,
  });
  const data = health.data?.weeks ?? [];
  const gaps = data.filter((week) => week.quartiles === null);
  return (
    <section aria-labelledby={`${selectId}-heading`} className="mt-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h4 id={`${selectId}-heading`} className="text-sm font-semibold text-slate-900">
          Health week by week
        </h4>
        <label htmlFor={selectId} className="flex items-center gap-2 text-xs text-slate-700">
          Weeks shown
          <select
            id={selectId}
            value={weeks}
            onChange={(event) => setWeeks(Number(event.target.value))}
            className="rounded-md border border-slate-400 bg-white px-2 py-1 text-xs text-slate-900"
          >
            {WEEK_CHOICES.map((choice) => (
              <option key={choice} value={choice}>
                Last {choice} weeks
              </option>
            ))}
          </select>
        </label>
      </div>
      <LoadState {...health} what="the health history" hasData={health.data !== undefined}>
        <HealthChart weeks={data} summary={healthSummary(cohortName, data)} />
        <p className="mt-1 text-xs text-slate-600">
          Band: the middle half of the cohort (25th to 75th percentile). Line: the median. Each person&apos;s score is their
          health at the end of that week.
          {gaps.length > 0 &&
            ` Gaps: ${gaps.length === data.length ? "every week" : `${gaps.length} of the ${data.length} weeks`} had fewer than ${BENCHMARK_MIN_CLIENTS} people with a score, so nothing is shown for them, to keep people anonymous.`}
        </p>
        <ShowAsTable>
          <HealthTable weeks={data} />
        </ShowAsTable>
      </LoadState>
    </section>
  );
}

export function HealthChart({ weeks, summary }: { weeks: TCohortHealthWeek[]; summary: string }) {
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const hatch = useId();
  const wide = width >= 480;
  const right = wide ? 92 : 8;
  const plotWidth = Math.max(40, width - LEFT - right);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / Math.max(1, weeks.length);
  const x = (index: number) => LEFT + (index + 0.5) * step;
  const y = (score: number) => TOP + ((100 - score) / 100) * plotHeight;
  const labelEvery = Math.max(1, Math.ceil(56 / step));
  const zones = [
    { from: 100, to: HEALTH_BANDS.HEALTHY, fill: "#ecfdf5", label: HEALTH_STATUS_LABELS.HEALTHY },
    { from: HEALTH_BANDS.HEALTHY, to: HEALTH_BANDS.NEEDS_NUDGE, fill: "#fffbeb", label: HEALTH_STATUS_LABELS.NEEDS_NUDGE },
    { from: HEALTH_BANDS.NEEDS_NUDGE, to: 0, fill: "#fef2f2", label: HEALTH_STATUS_LABELS.STUCK },
  ];
  return (
    <div ref={ref} className="mt-2 w-full">
      <svg role="img" aria-label={summary} width={width} height={HEIGHT} className="block max-w-full">
        <defs>
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke={GRID} strokeWidth="2" />
          </pattern>
        </defs>
        {zones.map((zone) => (
          <g key={zone.label}>
            <rect x={LEFT} y={y(zone.from)} width={plotWidth} height={y(zone.to) - y(zone.from)} fill={zone.fill} />
            {wide && (
              <text x={LEFT + plotWidth + 6} y={(y(zone.from) + y(zone.to)) / 2 + 4} fontSize="11" fill={AXIS_TEXT}>
                {zone.label}
              </text>
            )}
          </g>
        ))}
        {[0, HEALTH_BANDS.NEEDS_NUDGE, HEALTH_BANDS.HEALTHY, 100].map((score) => (
          <g key={score}>
            <line x1={LEFT} x2={LEFT + plotWidth} y1={y(score)} y2={y(score)} stroke={GRID} strokeWidth="1" />
            <text x={LEFT - 6} y={y(score) + 4} fontSize="11" textAnchor="end" fill={AXIS_TEXT}>
              {score}
            </text>
          </g>
        ))}
        {weeks.map((week, index) =>
          week.quartiles ? null : (
            <rect
              key={`gap-${index}`}
              x={x(index) - step / 2 + 1}
              y={TOP}
              width={Math.max(1, step - 2)}
              height={plotHeight}
              fill={`url(#${hatch})`}
            />
          ),
        )}
        {runsOf(weeks).map((run) => {
          const upper = run.map(({ index, week }) => `${x(index)},${y(week.quartiles!.p75)}`);
          const lower = run.map(({ index, week }) => `${x(index)},${y(week.quartiles!.p25)}`).reverse();
          const median = run.map(({ index, week }) => `${x(index)},${y(week.quartiles!.p50)}`).join(" ");
          return (
            <g key={run[0]!.index}>
              {run.length > 1 ? (
                <polygon points={[...upper, ...lower].join(" ")} fill={INDIGO_BAND} fillOpacity="0.7" />
              ) : (
                <rect
                  x={x(run[0]!.index) - Math.min(8, step / 3)}
                  y={y(run[0]!.week.quartiles!.p75)}
                  width={Math.min(16, (step * 2) / 3)}
                  height={Math.max(1, y(run[0]!.week.quartiles!.p25) - y(run[0]!.week.quartiles!.p75))}
                  fill={INDIGO_BAND}
                  fillOpacity="0.7"
                />
              )}
              {run.length > 1 && <polyline points={median} fill="none" stroke={INDIGO_LINE} strokeWidth="2.5" />}
              {run.map(({ index, week }) => (
                <circle key={index} cx={x(index)} cy={y(week.quartiles!.p50)} r="3.5" fill={INDIGO_LINE} />
              ))}
            </g>
          );
        })}
        {weeks.map((week, index) =>
          (weeks.length - 1 - index) % labelEvery === 0 ? (
            <text key={`label-${index}`} x={x(index)} y={HEIGHT - 8} fontSize="11" textAnchor="middle" fill={AXIS_TEXT}>
              {formatShortDay(week.weekStart)}
            </text>
          ) : null,
        )}
      </svg>
    </div>
  );
}

function HealthTable({ weeks }: { weeks: TCohortHealthWeek[] }) {
  return (
    <table className="w-full text-left text-xs">
      <caption className="sr-only">Health scores week by week</caption>
      <HeadRow
        first="Week of"
        numeric={["People", ...QUARTILE_HEADS, ...HEALTH_STATUSES.map((status) => HEALTH_STATUS_LABELS[status])]}
      />
      <tbody>
        {weeks.map((week) => {
          const reason = gapReason(week);
          return (
            <tr key={week.weekStart.toISOString()}>
              <th scope="row" className="min-w-36 border-t border-slate-200 px-2 py-1 font-normal text-slate-700">
                <span className="whitespace-nowrap">{formatDay(week.weekStart)}</span>
                {reason && <span className="block text-slate-600">Not shown: {reason}</span>}
              </th>
              <td className={td}>{week.clients}</td>
              <td className={td}>{week.quartiles?.p25 ?? "—"}</td>
              <td className={td}>{week.quartiles?.p50 ?? "—"}</td>
              <td className={td}>{week.quartiles?.p75 ?? "—"}</td>
              {HEALTH_STATUSES.map((status) => (
                <td key={status} className={td}>
                  {week.byStatus?.[status] ?? "—"}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
