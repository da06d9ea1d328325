/**
 * The diagnosis, readable: the health score and flags, then each of the four
 * tips with its status, its numbers, and every finding with the evidence
 * behind it and what to do. Pure: it shows the payload it is given.
 */
import type { TInsights, TTipReport, TTipStatus } from "@traction/schemas";
import { formatDay } from "../../lib/dates.ts";
import { FLAG_LABELS, NEED_LABELS, TIP_LABELS, TIP_STATUS_LABELS } from "../../lib/labels.ts";
import { HealthScore } from "../coach/health-score.tsx";
import { Badge, type Tone } from "../ui/badge.tsx";
import { Panel } from "../ui/panel.tsx";
import { FindingList, humanize } from "./finding-list.tsx";

const STATUS_TONES: Record<TTipStatus, Tone> = { OK: "good", WARN: "warn", ALERT: "bad", NOT_ENOUGH_DATA: "neutral" };

/** The tip metric that counts what a tip's `needs` names. */
const NEED_METRICS: Record<string, string> = { eventHours: "totalHours" };

/** "84 = 100 − 16 overdue follow-ups − 25 in a rut", from the breakdown (which sums to the score). */
export function breakdownText(insights: Pick<TInsights, "healthScore" | "healthBreakdown">): string | null {
  if (insights.healthScore === null) return null;
  const terms = insights.healthBreakdown.map((entry, index) => {
    if (entry.code === "BASE") return String(entry.points);
    if (entry.code === "FLOOR") return `+ ${entry.points} (the score stops at 0)`;
    const sign = entry.points < 0 ? "−" : "+";
    return `${index === 0 ? "" : `${sign} `}${Math.abs(entry.points)} ${FLAG_LABELS[entry.code].toLowerCase()}`;
  });
  return `${insights.healthScore} = ${terms.join(" ")}`;
}

/** "Needs at least 5 conversations in this period (2 so far)." */
export function needsText(tip: TTipReport): string {
  const parts = Object.entries(tip.needs ?? {}).map(([name, least]) => {
    const [one, many] = NEED_LABELS[name] ?? [name, name];
    const have = tip.metrics[NEED_METRICS[name] ?? name];
    return `${least} ${least === 1 ? one : many}${typeof have === "number" ? ` (${Math.round(have * 100) / 100} so far)` : ""}`;
  });
  return `Not enough logged in this period to judge. Needs at least ${parts.join(" and ")}.`;
}

export function InsightsView({ insights }: { insights: TInsights }) {
  return (
    <div className="space-y-4">
      <Panel title="Summary" description={`${formatDay(insights.period.from)} – ${formatDay(insights.period.to)}`}>
        <div className="flex flex-wrap items-center gap-3">
          <HealthScore score={insights.healthScore} />
          {insights.flags.length === 0 ? (
            <p className="text-sm text-slate-700">
              {insights.healthScore === null
                ? "No flags, but too little is logged in this period to judge most of it."
                : "No flags: nothing in this period says your networking is off course."}
            </p>
          ) : (
            <ul aria-label="Flags" className="flex flex-wrap gap-1.5">
              {insights.flags.map((flag) => (
                <li key={flag}>
                  <Badge tone="warn">{FLAG_LABELS[flag]}</Badge>
                </li>
              ))}
            </ul>
          )}
        </div>
        <p className="mt-3 text-sm text-slate-800">
          {breakdownText(insights) ?? "No health score yet: it needs at least two tips with enough logged to judge."}
        </p>
        <p className="mt-1 text-sm text-slate-600">
          Last activity: {insights.lastActivityOn ? formatDay(insights.lastActivityOn) : "nothing logged yet"}
        </p>
      </Panel>
      <div className="grid gap-4 lg:grid-cols-2">
        {insights.tips.map((tip) => (
          <Panel
            key={tip.tip}
            title={TIP_LABELS[tip.tip]}
            actions={<Badge tone={STATUS_TONES[tip.status]}>{TIP_STATUS_LABELS[tip.status]}</Badge>}
          >
            <dl aria-label="Numbers" className="mb-3 grid grid-cols-[1fr_auto] gap-x-3 gap-y-0.5 text-sm">
              {Object.entries(tip.metrics).map(([key, value]) => (
                <div key={key} className="contents">
                  <dt className="text-slate-600">{humanize(key)}</dt>
                  <dd className="text-right font-medium text-slate-900">{showMetric(key, value)}</dd>
                </div>
              ))}
            </dl>
            {tip.status === "NOT_ENOUGH_DATA" ? (
              <p className="text-sm text-slate-700">{needsText(tip)}</p>
            ) : tip.findings.length === 0 ? (
              <p className="text-sm text-slate-700">Nothing to change here.</p>
            ) : (
              <FindingList findings={tip.findings} />
            )}
          </Panel>
        ))}
      </div>
    </div>
  );
}

function showMetric(key: string, value: number | null): string {
  if (value === null) return "—";
  if (/(Share|Rate)$/.test(key)) return `${Math.round(value * 100)} %`;
  return String(Math.round(value * 100) / 100);
}
