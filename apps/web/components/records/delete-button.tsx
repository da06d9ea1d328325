"use client";

/** Delete a record after a second click that names it; a refusal (a venue with events) is said beside it. */
import { useState } from "react";
import type { ApiClient } from "../../lib/api/client.ts";
import { useSession } from "../session/session-provider.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { errorMessage } from "../ui/load-state.tsx";
import { smallButton } from "../ui/styles.ts";

export function DeleteButton({
  name,
  remove,
  onDeleted,
  consequence,
}: {
  /** What is deleted, in the buttons' accessible names: "Delete Grace Hopper". */
  name: string;
  remove: (api: ApiClient) => Promise<void>;
  onDeleted: () => void;
  /** What else goes with it, said before the confirmation. */
  consequence?: string;
}) {
  const { api } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await remove(api);
      onDeleted();
    } catch (caught) {
      setError(errorMessage(caught));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mt-2 text-sm">
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-slate-800">Delete for good{consequence ? ` (${consequence})` : ""}?</span>
          <button
            type="button"
            aria-label={`Yes, delete ${name}`}
            aria-disabled={busy}
            onClick={() => void confirm()}
            className="rounded-md bg-red-700 px-2 py-1 text-xs font-semibold text-white hover:bg-red-800"
          >
            Yes, delete
          </button>
          <button type="button" className={smallButton} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" aria-label={`Delete ${name}`} className={smallButton} onClick={() => setConfirming(true)}>
          Delete
        </button>
      )}
      <InlineError message={error} className="mt-1" />
    </div>
  );
}
