/** One review as written: the week's numbers against its targets, its findings, the words, the adjustments and the new targets. */
import type { TReview } from "@traction/schemas";
import { TARGET_LABELS } from "../../lib/labels.ts";
import { Badge } from "../ui/badge.tsx";
import { Panel } from "../ui/panel.tsx";
import { TargetBars } from "../week/target-bars.tsx";
import { AREA_LABELS, findingLabel } from "./review-labels.ts";

export function ReviewBody({ review, level = 2 }: { review: TReview; level?: 2 | 3 }) {
  const { snapshot } = review;
  // One level under the panels' headings.
  const Subheading = level === 2 ? "h3" : "h4";
  return (
    <div className="grid items-start gap-4 lg:grid-cols-2">
      <Panel title="The week against its targets" level={level}>
        <TargetBars targets={{ weekStart: review.weekStart, ...snapshot.targets }} />
        <p className="mt-3 text-sm text-slate-700">
          {snapshot.week.hours} h at events, {snapshot.week.conversations} conversations, {snapshot.week.leads} leads.
        </p>
      </Panel>
      <Panel title="What the week showed" level={level}>
        {snapshot.findings.length === 0 ? (
          <p className="text-sm text-slate-700">Nothing was flagged that week.</p>
        ) : (
          <ul className="space-y-2">
            {snapshot.findings.map((finding) => (
              <li key={finding.code} className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone={finding.severity === "ALERT" ? "bad" : "warn"}>
                    {finding.severity === "ALERT" ? "Alert" : "Warning"}
                  </Badge>
                  <span className="font-semibold text-slate-900">{findingLabel(finding.code)}</span>
                </div>
                <p className="mt-1 text-slate-800">{finding.message}</p>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel title="What went well, what to change" level={level}>
        <dl className="space-y-3 text-sm">
          <div>
            <dt className="font-medium text-slate-600">What went well</dt>
            <dd className="whitespace-pre-line text-slate-900">{review.wentWell ?? "—"}</dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">What to change</dt>
            <dd className="whitespace-pre-line text-slate-900">{review.toChange ?? "—"}</dd>
          </div>
        </dl>
      </Panel>
      <Panel title="Adjustments" level={level}>
        {review.adjustments.length === 0 ? (
          <p className="text-sm text-slate-700">No adjustments.</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {review.adjustments.map((adjustment, index) => (
              <li key={index} className="rounded-lg border border-slate-200 p-3">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge tone="info">{AREA_LABELS[adjustment.area]}</Badge>
                  {adjustment.findingCode && <Badge>Answers: {findingLabel(adjustment.findingCode)}</Badge>}
                </div>
                <p className="mt-1 text-slate-900">{adjustment.note}</p>
              </li>
            ))}
          </ul>
        )}
        {review.weeklyTargets && (
          <div className="mt-4">
            <Subheading className="text-sm font-semibold text-slate-900">New weekly targets</Subheading>
            <dl className="mt-1 space-y-1 text-sm">
              {(Object.keys(TARGET_LABELS) as Array<keyof typeof TARGET_LABELS>).map((key) => (
                <div key={key} className="flex justify-between gap-2">
                  <dt className="text-slate-600">{TARGET_LABELS[key]}</dt>
                  <dd className="font-medium text-slate-900">{review.weeklyTargets?.[key]}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
      </Panel>
    </div>
  );
}
