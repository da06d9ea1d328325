"use client";

/** Weekly targets a coach suggested, to accept (they become the plan's) or decline. */
import type { TTargetSuggestion } from "@traction/schemas";
import { useState } from "react";
import { decideSuggestion, listSuggestions } from "../../lib/api/coaching.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { TARGET_LABELS } from "../../lib/labels.ts";
import { useSession } from "../session/session-provider.tsx";
import { errorMessage, LoadState } from "../ui/load-state.tsx";
import { primaryButton, secondaryButton } from "../ui/styles.ts";
import { InlineError } from "../ui/inline-error.tsx";

export function PendingSuggestions({ onAccepted }: { onAccepted?: () => void }) {
  const { api } = useSession();
  const pending = useLoad("suggestions:proposed", (client) => listSuggestions(client, "PROPOSED"));
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const suggestions = pending.data?.data ?? [];
  if (pending.status === "error") {
    return (
      <div className="mb-4">
        <LoadState {...pending} what="the targets your coach suggested">
          {null}
        </LoadState>
      </div>
    );
  }
  if (suggestions.length === 0 && !error) return null;

  const decide = async (suggestion: TTargetSuggestion, decision: "accept" | "decline") => {
    setBusy(suggestion.id);
    setError(null);
    try {
      await decideSuggestion(api, suggestion.id, decision);
      if (decision === "accept") onAccepted?.();
      pending.reload();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-label="Suggested targets" className="mb-4 space-y-3">
      <InlineError message={error} />
      {suggestions.map((suggestion) => (
        <div key={suggestion.id} className="rounded-xl border border-indigo-200 bg-indigo-50 p-4">
          <p className="font-semibold text-slate-900">{suggestion.coach.name} suggests new weekly targets</p>
          <ul className="mt-1 grid gap-x-4 text-sm text-slate-800 sm:grid-cols-2">
            {(Object.keys(TARGET_LABELS) as Array<keyof typeof TARGET_LABELS>).map((key) => (
              <li key={key}>
                {TARGET_LABELS[key]}: <span className="font-semibold">{suggestion.weeklyTargets[key]}</span>
              </li>
            ))}
          </ul>
          <div className="mt-3 flex gap-2">
            <button
              type="button"
              className={primaryButton}
              aria-disabled={busy === suggestion.id}
              onClick={() => void decide(suggestion, "accept")}
            >
              Accept
            </button>
            <button
              type="button"
              className={secondaryButton}
              aria-disabled={busy === suggestion.id}
              onClick={() => void decide(suggestion, "decline")}
            >
              Decline
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
