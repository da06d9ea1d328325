import type { TInsights } from "@traction/schemas";
import { TARGET_LABELS } from "../../lib/labels.ts";

type Targets = TInsights["targets"];
const KEYS = ["events", "newContacts", "oneOnOnes", "conversationsMentioningSearchPct"] as const;

/** This week against the plan's weekly targets: one bar per target, the numbers in words beside it. */
export function TargetBars({ targets, compact = false }: { targets: Targets; compact?: boolean }) {
  return (
    <ul className={compact ? "space-y-1.5" : "space-y-3"}>
      {KEYS.map((key) => {
        const { target, actual } = targets[key];
        const share = target > 0 ? Math.min(actual / target, 1) : 1;
        const met = actual >= target;
        const unit = key === "conversationsMentioningSearchPct" ? " %" : "";
        return (
          <li key={key}>
            <div className={`flex justify-between gap-2 ${compact ? "text-xs" : "text-sm"}`}>
              <span className="font-medium text-slate-900">{TARGET_LABELS[key].replace(" (%)", "")}</span>
              <span className="text-slate-700">
                {round(actual)}
                {unit} of {target}
                {unit}
                {met && <span className="sr-only"> (target met)</span>}
              </span>
            </div>
            <div aria-hidden="true" className={`mt-1 overflow-hidden rounded-full bg-slate-200 ${compact ? "h-1.5" : "h-2.5"}`}>
              <div
                className={`h-full rounded-full ${met ? "bg-emerald-600" : "bg-indigo-600"}`}
                style={{ width: `${share * 100}%` }}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}

const round = (value: number) => Math.round(value * 10) / 10;
