/** The health score with a word for it, coloured by band (the words carry the meaning, not the colour). */
export function HealthScore({ score }: { score: number | null }) {
  if (score === null) {
    return (
      <span className="inline-flex items-baseline rounded-md border border-slate-300 bg-slate-50 px-2 py-1 text-xs font-medium text-slate-800">
        Not enough data for a health score
      </span>
    );
  }
  const band =
    score >= 70
      ? ["Healthy", "border-emerald-300 bg-emerald-50 text-emerald-900"]
      : score >= 40
        ? ["Needs a nudge", "border-amber-300 bg-amber-50 text-amber-900"]
        : ["Stuck", "border-red-300 bg-red-50 text-red-900"];
  return (
    <span className={`inline-flex items-baseline gap-1.5 rounded-md border px-2 py-1 ${band[1]}`}>
      <span className="text-lg font-bold">{score}</span>
      <span className="text-xs font-medium">
        <span className="sr-only">health score out of 100, </span>
        {band[0]}
      </span>
    </span>
  );
}
