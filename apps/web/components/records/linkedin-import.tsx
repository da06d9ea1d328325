"use client";

/**
 * Import LinkedIn connections (Connections.csv): the upload, a progress bar
 * while the API writes the rows in the background, then what was created,
 * merged and rejected — each rejected row with its line and reason.
 */
import type { TImport } from "@traction/schemas";
import { useId, useState, type FormEvent } from "react";
import { getImport, startLinkedinImport } from "../../lib/api/imports.ts";
import { FieldError } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { errorMessage } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { controlClass } from "../forms/field.tsx";
import { secondaryButton } from "../ui/styles.ts";

const POLL_MS = 500;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function LinkedinImport({ onImported }: { onImported: () => void }) {
  const { api } = useSession();
  const id = useId();
  const [progress, setProgress] = useState<TImport | null>(null);
  const [running, setRunning] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (running) return;
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) return setFileError("Choose your Connections.csv first");
    setFileError(null);
    setError(null);
    setProgress(null);
    setRunning(true);
    try {
      const importId = await startLinkedinImport(api, file);
      let current = await getImport(api, importId);
      setProgress(current);
      while (current.status !== "DONE" && current.status !== "FAILED") {
        await sleep(POLL_MS);
        current = await getImport(api, importId);
        setProgress(current);
      }
      if (current.status === "DONE") onImported();
    } catch (caught) {
      setError(`The import failed. ${errorMessage(caught)}`);
    } finally {
      setRunning(false);
    }
  };

  return (
    <Panel
      title="Import from LinkedIn"
      description="Your Connections.csv (LinkedIn: Settings → Data privacy → Get a copy of your data). Importing it again changes nothing."
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label="Import from LinkedIn" className="space-y-3">
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium text-slate-900">
            Connections.csv
          </label>
          <input
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${id}-error` : undefined}
            onChange={() => setFileError(null)}
            className={`${controlClass} file:mr-3 file:rounded file:border-0 file:bg-slate-200 file:px-2 file:py-1 file:text-sm file:text-slate-900`}
          />
          <FieldError id={`${id}-error`} label="Connections.csv" message={fileError ?? undefined} />
        </div>
        <button type="submit" className={secondaryButton} aria-disabled={running}>
          {running ? "Importing…" : "Import connections"}
        </button>
      </form>
      <InlineError message={error} className="mt-3" />
      <div role="status" aria-live="polite" className="mt-3 text-sm text-slate-800">
        {progress && <ImportProgress progress={progress} />}
      </div>
    </Panel>
  );
}

function ImportProgress({ progress }: { progress: TImport }) {
  const id = useId();
  if (progress.status === "FAILED")
    return <p className="font-medium text-red-700">The file could not be read: {progress.error}</p>;
  const done = progress.status === "DONE";
  return (
    <>
      <label htmlFor={id} className="block">
        {done ? "Import finished" : "Importing"}: {progress.processed} of {progress.total} rows
      </label>
      <progress
        id={id}
        value={progress.processed}
        max={Math.max(progress.total, 1)}
        className="mt-1 h-2 w-full accent-indigo-700"
      />
      {done && (
        <p className="mt-2">
          {progress.created} created, {progress.updated} merged into contacts you had, {progress.rejectedCount} rejected.
        </p>
      )}
      {progress.rejected.length > 0 && (
        <ul aria-label="Rejected rows" className="mt-2 space-y-1">
          {progress.rejected.map((row) => (
            <li key={row.line}>
              Line {row.line}: {row.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
