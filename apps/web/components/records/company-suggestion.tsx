"use client";

/**
 * "Works at Acme Analytics — one of your target companies": the API suggests
 * the target company a contact's free-text "works at" names; one click links
 * it (sets `companyId`).
 */
import type { TContact } from "@traction/schemas";
import { useState } from "react";
import { contacts } from "../../lib/api/records.ts";
import { useSession } from "../session/session-provider.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { errorMessage } from "../ui/load-state.tsx";
import { smallButton } from "../ui/styles.ts";

interface CompanySuggestionProps {
  contact: TContact;
  /** The suggested company's name, once known. */
  companyName: string | undefined;
  onLinked: (contact: TContact) => void;
}

export function CompanySuggestion({ contact, companyName, onLinked }: CompanySuggestionProps) {
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!contact.suggestedCompanyId || contact.companyId || !companyName) return null;
  const companyId = contact.suggestedCompanyId;

  const link = async () => {
    setBusy(true);
    setError(null);
    try {
      onLinked(await contacts.update(api, contact.id, { companyId }));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-800">
      <span>Works at {companyName}, one of your target companies.</span>
      <button
        type="button"
        className={smallButton}
        aria-disabled={busy}
        aria-label={`Link ${contact.name} to ${companyName}`}
        onClick={() => void link()}
      >
        Link to {companyName}
      </button>
      <InlineError message={error} />
    </div>
  );
}
