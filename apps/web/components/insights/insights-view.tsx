/**
 * The diagnosis, readable: the health score and flags, then each of the four
 * tips with its status, its numbers, and every finding with the evidence
 * behind it and what to do. Pure: it shows the payload it is given.
 */
import type { TInsights, TTipStatus } from "@traction/schemas";
import { formatDay } from "../../lib/dates.ts";
import { FLAG_LABELS, TIP_LABELS, TIP_STATUS_LABELS } from "../../lib/labels.ts";
import { HealthScore } from "../coach/health-score.tsx";
import { Badge, type Tone } from "../ui/badge.tsx";
import { Panel } from "../ui/panel.tsx";
import { FindingList, humanize } from "./finding-list.tsx";

const STATUS_TONES: Record<TTipStatus, Tone> = { OK: "good", WARN: "warn", ALERT: "bad" };

export function InsightsView({ insights }: { insights: TInsights }) {
  return (
    <div className="space-y-4">
      <Panel title="Summary" description={`${formatDay(insights.period.from)} – ${formatDay(insights.period.to)}`}>
        <div className="flex flex-wrap items-center gap-3">
          <HealthScore score={insights.healthScore} />
          {insights.flags.length === 0 ? (
            <p className="text-sm text-slate-700">No flags: nothing in this period says your networking is off course.</p>
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
        <p className="mt-3 text-sm text-slate-600">
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
            {tip.findings.length === 0 ? (
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
