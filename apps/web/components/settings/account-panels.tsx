"use client";

/** Export my data (everything as JSON, or one resource as CSV) and delete my account. */
import { CSV_EXPORT_RESOURCES, type TCsvExportResource } from "@traction/schemas";
import { useState, type FormEvent } from "react";
import { deleteAccount, exportData } from "../../lib/api/account.ts";
import { today } from "../../lib/dates.ts";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession, useUser } from "../session/session-provider.tsx";
import { errorMessage } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { dangerButton, secondaryButton } from "../ui/styles.ts";

const CSV_OPTIONS = CSV_EXPORT_RESOURCES.map((resource) => ({
  value: resource,
  label: resource.charAt(0).toUpperCase() + resource.slice(1),
}));

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportPanel() {
  const { api } = useSession();
  const [resource, setResource] = useState<TCsvExportResource>("contacts");
  const [status, setStatus] = useState<{ error: boolean; message: string } | null>(null);

  const download = async (which?: TCsvExportResource) => {
    setStatus({ error: false, message: "Preparing your download…" });
    try {
      const blob = await exportData(api, which);
      save(blob, which ? `traction-${which}-${today()}.csv` : `traction-export-${today()}.json`);
      setStatus({ error: false, message: "Your download has started." });
    } catch (caught) {
      setStatus({ error: true, message: `The export failed. ${errorMessage(caught)}` });
    }
  };

  return (
    <Panel title="Export your data" description="Everything you recorded, yours to keep.">
      <div className="flex flex-wrap items-end gap-3">
        <button type="button" className={secondaryButton} onClick={() => void download()}>
          Download everything (JSON)
        </button>
        <SelectField
          name="resource"
          label="One list as CSV"
          options={CSV_OPTIONS}
          value={resource}
          onChange={(event) => setResource(event.target.value as TCsvExportResource)}
          className="w-44"
        />
        <button type="button" className={secondaryButton} onClick={() => void download(resource)}>
          Download CSV
        </button>
      </div>
      <p
        role={status?.error ? "alert" : "status"}
        className={`mt-2 text-sm ${status?.error ? "font-medium text-red-700" : "text-slate-700"}`}
      >
        {status?.message}
      </p>
    </Panel>
  );
}

export const DELETE_PHRASE = "delete my account";

export function DeleteAccountPanel() {
  const { api, signOut } = useSession();
  const user = useUser();
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim().toLowerCase() !== DELETE_PHRASE) {
      setError(`Type “${DELETE_PHRASE}” to confirm`);
      return;
    }
    setPending(true);
    try {
      await deleteAccount(api);
      await signOut();
    } catch (caught) {
      setError(errorMessage(caught));
      setPending(false);
    }
  };

  return (
    <Panel
      title="Delete your account"
      description={`Deletes ${user.email} and everything recorded with it, at once and for good. Export first if you want a copy.`}
    >
      <form
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        aria-label="Delete your account"
        className="flex flex-wrap items-end gap-3"
      >
        <TextField
          name="confirm"
          label={`Type “${DELETE_PHRASE}” to confirm`}
          autoComplete="off"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
            setError(null);
          }}
          error={error ?? undefined}
          className="w-full sm:w-80"
        />
        <button type="submit" className={dangerButton} aria-disabled={pending}>
          {pending ? "Deleting…" : "Delete my account"}
        </button>
      </form>
    </Panel>
  );
}
