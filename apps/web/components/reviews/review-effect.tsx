"use client";

/** Did the readjustment work? The weekly means before the review against those after it. */
import type { TReviewEffect } from "@traction/schemas";
import { formatDay } from "../../lib/dates.ts";
import { getReviewEffect } from "../../lib/api/reviews.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { LoadState } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { METRIC_LABELS } from "./review-labels.ts";

export function ReviewEffect({ reviewId, clientId, level = 2 }: { reviewId: string; clientId?: string; level?: 2 | 3 }) {
  const effect = useLoad(`review-effect:${clientId ?? "me"}:${reviewId}`, (api) => getReviewEffect(api, reviewId, clientId));
  return (
    <Panel
      title="Did it work?"
      description="Weekly averages, the weeks before this review against the weeks after it."
      level={level}
    >
      <LoadState {...effect} what="the effect" hasData={Boolean(effect.data)}>
        {effect.data && <EffectTable effect={effect.data} />}
      </LoadState>
    </Panel>
  );
}

const show = (value: number | null, pct: boolean) => (value === null ? "—" : `${value}${pct ? " %" : ""}`);

export function EffectTable({ effect }: { effect: TReviewEffect }) {
  const { before, after } = effect;
  if (after.weeks === 0) {
    return (
      <p className="text-sm text-slate-700">
        The effect shows once a week after this review is over (from {formatDay(after.from)}). Keep logging.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Weekly averages before and after the review</caption>
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th scope="col" className="py-1 pr-2 font-medium">
              Per week
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              Before ({before.weeks} wk)
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              After ({after.weeks} wk)
            </th>
            <th scope="col" className="py-1 font-medium">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {effect.changes.map((row) => {
            const pct = row.metric === "conversationsMentioningSearchPct";
            const change = row.change;
            return (
              <tr key={row.metric} className="border-b border-slate-100">
                <th scope="row" className="py-1.5 pr-2 font-medium text-slate-900">
                  {METRIC_LABELS[row.metric]}
                </th>
                <td className="py-1.5 pr-2 text-slate-800">{show(row.before, pct)}</td>
                <td className="py-1.5 pr-2 text-slate-800">{show(row.after, pct)}</td>
                <td
                  className={`py-1.5 font-semibold ${change === null || change === 0 ? "text-slate-700" : change > 0 ? "text-emerald-800" : "text-red-800"}`}
                >
                  {change === null ? "—" : `${change > 0 ? "+" : ""}${change}${pct ? " points" : ""}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
