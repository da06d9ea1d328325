"use client";

/**
 * Merging a duplicate into the record on screen: pick the duplicate (the
 * same-named ones first, told apart by where they work or their email), read
 * what the merge will do (the API's preview: what moves, what gets filled in),
 * then confirm. The merge is one transaction on the API.
 */
import { useState } from "react";
import { mergeInto, type Duplicate, type DuplicateKind, type MergeOutcome } from "../../lib/api/duplicates.ts";
import { mergeSummary } from "../../lib/merge-summary.ts";
import { SelectField } from "../forms/select-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { errorMessage } from "../ui/load-state.tsx";
import { dangerButton, smallButton } from "../ui/styles.ts";

interface MergeActionProps {
  kind: DuplicateKind;
  target: { id: string; name: string };
  /** Likely duplicates of the target, offered first. */
  duplicates: Duplicate[];
  /** Every other record of the kind, for a duplicate spelled differently. */
  others: ReadonlyArray<{ id: string; label: string }>;
  /** Opens with this duplicate chosen (a link from a duplicate warning). */
  initialSourceId?: string;
  onMerged: (outcome: MergeOutcome) => void;
}

export function MergeAction({ kind, target, duplicates, others, initialSourceId, onMerged }: MergeActionProps) {
  const { api } = useSession();
  const [open, setOpen] = useState(Boolean(initialSourceId));
  const [sourceId, setSourceId] = useState(initialSourceId ?? "");
  const [preview, setPreview] = useState<{ sourceName: string; outcome: MergeOutcome } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const duplicateIds = new Set(duplicates.map((duplicate) => duplicate.id));
  const options = [
    ...duplicates.map((duplicate) => ({
      value: duplicate.id,
      label: `${duplicate.name}${duplicate.detail ? ` (${duplicate.detail})` : ""} — same name`,
    })),
    ...others
      .filter((other) => other.id !== target.id && !duplicateIds.has(other.id))
      .map((other) => ({ value: other.id, label: other.label })),
  ];
  const nameOf = (id: string) =>
    duplicates.find((duplicate) => duplicate.id === id)?.name ??
    others.find((other) => other.id === id)?.label ??
    "the duplicate";

  const run = async (asPreview: boolean) => {
    if (!sourceId) return setError("Choose the duplicate to merge in");
    setBusy(true);
    setError(null);
    try {
      const outcome = await mergeInto(api, kind, target.id, sourceId, asPreview);
      if (asPreview) setPreview({ sourceName: nameOf(sourceId), outcome });
      else {
        setPreview(null);
        setOpen(false);
        setSourceId("");
        onMerged(outcome);
      }
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button type="button" className={`${smallButton} mt-2`} onClick={() => setOpen(true)}>
        Merge a duplicate into {target.name}…
      </button>
    );
  }
  return (
    <section
      aria-label={`Merge a duplicate into ${target.name}`}
      className="mt-3 space-y-2 rounded-md border border-slate-300 p-3 text-sm"
    >
      <SelectField
        name="mergeSourceId"
        label="Duplicate to merge in"
        placeholder="Choose…"
        options={options}
        value={sourceId}
        onChange={(event) => {
          setSourceId(event.target.value);
          setPreview(null);
        }}
      />
      {preview ? (
        <div className="space-y-2">
          <p className="text-slate-900">
            Merge “{preview.sourceName}” into “{target.name}”? {mergeSummary(preview.outcome, preview.sourceName)}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={dangerButton} aria-disabled={busy} onClick={() => void run(false)}>
              Merge into {target.name}
            </button>
            <button type="button" className={smallButton} onClick={() => setPreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" className={smallButton} aria-disabled={busy} onClick={() => void run(true)}>
            Review the merge
          </button>
          <button type="button" className={smallButton} onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      )}
      <InlineError message={error} />
    </section>
  );
}
