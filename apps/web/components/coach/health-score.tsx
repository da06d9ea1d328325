import { healthStatusOf, type THealthStatus } from "@traction/schemas";
import { HEALTH_STATUS_LABELS } from "../../lib/labels.ts";

const BAND_CLASSES: Record<THealthStatus, string> = {
  HEALTHY: "border-emerald-300 bg-emerald-50 text-emerald-900",
  NEEDS_NUDGE: "border-amber-300 bg-amber-50 text-amber-900",
  STUCK: "border-red-300 bg-red-50 text-red-900",
  NOT_ENOUGH_DATA: "border-slate-300 bg-slate-100 text-slate-800",
};

/**
 * The health score with a word for it, coloured by band (the words carry the
 * meaning, not the colour). `null` — too little logged to judge — says so,
 * never 0 and never a band.
 */
export function HealthScore({ score }: { score: number | null }) {
  if (score === null)
    return (
      <span className={`inline-flex items-baseline gap-1.5 rounded-md border px-2 py-1 ${BAND_CLASSES.NOT_ENOUGH_DATA}`}>
        <span className="text-lg font-bold" aria-hidden="true">
          –
        </span>
        <span className="text-xs font-medium">
          <span className="sr-only">health score: </span>
          {HEALTH_STATUS_LABELS.NOT_ENOUGH_DATA}
        </span>
      </span>
    );
  const status = healthStatusOf(score);
  return (
    <span className={`inline-flex items-baseline gap-1.5 rounded-md border px-2 py-1 ${BAND_CLASSES[status]}`}>
      <span className="text-lg font-bold">{score}</span>
      <span className="text-xs font-medium">
        <span className="sr-only">health score out of 100, </span>
        {HEALTH_STATUS_LABELS[status]}
      </span>
    </span>
  );
}
