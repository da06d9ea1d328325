"use client";

/** A jobseeker's coaches: create an invite code to give one, see who is linked, revoke at once. */
import type { TCoachInvite, TMyCoach } from "@traction/schemas";
import { useState } from "react";
import { createInvite, listMyCoaches, revokeCoach } from "../../lib/api/coaching.ts";
import { formatDay, formatTimestamp } from "../../lib/dates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { useSession } from "../session/session-provider.tsx";
import { Badge } from "../ui/badge.tsx";
import { errorMessage, LoadState } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { dangerButton, primaryButton, secondaryButton } from "../ui/styles.ts";
import { InlineError } from "../ui/inline-error.tsx";

export function CoachesPanel() {
  const { api } = useSession();
  const coaches = useLoad("coaches", (client) => listMyCoaches(client));
  const [invite, setInvite] = useState<TCoachInvite | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const list = coaches.data?.data ?? [];

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const revoke = (link: TMyCoach) =>
    run(async () => {
      await revokeCoach(api, link.id);
      setConfirming(null);
      coaches.reload();
    });

  return (
    <Panel
      title="Your coaches"
      description="A coach you link reads your plan, records and insights, comments and gives assignments. Revoking ends access at once."
    >
      <div className="mb-4">
        <button
          type="button"
          className={primaryButton}
          aria-disabled={busy}
          onClick={() => void run(async () => setInvite(await createInvite(api)))}
        >
          Create an invite code
        </button>
        <div role="status" aria-live="polite">
          {invite && (
            <p className="mt-2 rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-slate-900">
              Give your coach this code:{" "}
              <strong className="font-mono text-base tracking-wider" data-testid="invite-code">
                {invite.code}
              </strong>
              <span className="block text-slate-700">
                It works once, until {formatTimestamp(invite.expiresAt)}, and is shown only now.
              </span>
            </p>
          )}
        </div>
        <InlineError message={error} className="mt-2" />
      </div>
      <LoadState
        {...coaches}
        what="your coaches"
        hasData={Boolean(coaches.data)}
        isEmpty={list.length === 0}
        empty="No coach linked yet."
      >
        <ul className="divide-y divide-slate-200">
          {list.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="flex items-center gap-2 font-medium text-slate-900">
                  {link.coach.name}
                  <Badge tone={link.status === "ACTIVE" ? "good" : "neutral"}>
                    {link.status === "ACTIVE" ? "Active" : link.status === "REVOKED" ? "Revoked" : "Ended"}
                  </Badge>
                </p>
                <p className="text-sm text-slate-700">
                  {link.coach.email} · linked {formatDay(link.createdAt)}
                  {link.endedAt && ` · ended ${formatDay(link.endedAt)}`}
                </p>
              </div>
              {link.status === "ACTIVE" &&
                (confirming === link.id ? (
                  <div className="flex gap-2">
                    <button type="button" className={dangerButton} aria-disabled={busy} onClick={() => void revoke(link)}>
                      Yes, revoke {link.coach.name}
                    </button>
                    <button type="button" className={secondaryButton} onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <button type="button" className={secondaryButton} onClick={() => setConfirming(link.id)}>
                    Revoke access
                  </button>
                ))}
            </li>
          ))}
        </ul>
      </LoadState>
    </Panel>
  );
}
