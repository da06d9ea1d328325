"use client";

/**
 * The screen an emailed invitation opens. Signed out: sign in or create an
 * account with the invited address, then come back here. Signed in: who the
 * coach is, exactly what they will see, and Accept or Decline.
 */
import type { TInvitationPreview } from "@traction/schemas";
import Link from "next/link";
import { useEffect, useState } from "react";
import { acceptInvitation, declineInvitation, previewInvitation } from "../../lib/api/invitations.ts";
import { useSession } from "../session/session-provider.tsx";
import { errorMessage } from "../ui/load-state.tsx";
import { primaryButton, secondaryButton, textLink } from "../ui/styles.ts";

type State =
  | { status: "loading" }
  | { status: "open"; invitation: TInvitationPreview }
  | { status: "accepted"; coach: string }
  | { status: "declined"; coach: string }
  | { status: "failed"; message: string };

export function InvitationAnswer({ token }: { token: string }) {
  const { state: session, api } = useSession();
  const [state, setState] = useState<State>({ status: "loading" });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (session.status !== "authenticated") return;
    let cancelled = false;
    previewInvitation(api, token)
      .then((invitation) => !cancelled && setState({ status: "open", invitation }))
      .catch((caught: unknown) => !cancelled && setState({ status: "failed", message: errorMessage(caught) }));
    return () => {
      cancelled = true;
    };
  }, [api, token, session.status]);

  if (session.status === "anonymous") {
    const next = encodeURIComponent(`/invitation?token=${encodeURIComponent(token)}`);
    return (
      <>
        <h1 className="mb-2 text-2xl font-bold tracking-tight">A coach invited you</h1>
        <p className="mb-4 text-slate-700">
          Sign in with the email address the invitation was sent to, or create an account with it. You come back here to see who
          invited you and what they would see, and to accept or decline.
        </p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/register?next=${next}`} className={primaryButton}>
            Create an account
          </Link>
          <Link href={`/login?next=${next}`} className={secondaryButton}>
            Sign in
          </Link>
        </div>
      </>
    );
  }
  if (session.status !== "authenticated" || state.status === "loading") {
    return <p role="status">Opening your invitation…</p>;
  }
  if (state.status === "failed") {
    return (
      <>
        <h1 className="mb-4 text-2xl font-bold tracking-tight">This invitation cannot be answered</h1>
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
        <p className="mt-4">
          <Link href="/" className={textLink}>
            Go to Traction
          </Link>
        </p>
      </>
    );
  }
  if (state.status === "accepted" || state.status === "declined") {
    return (
      <>
        <h1 className="mb-4 text-2xl font-bold tracking-tight">
          {state.status === "accepted" ? `${state.coach} is now your coach` : "Invitation declined"}
        </h1>
        <p role="status" className="text-slate-700">
          {state.status === "accepted"
            ? "You can see what they read in your access log, and end their access at any time, in Settings."
            : `Nothing of yours is shared with ${state.coach}. They are told that you declined.`}
        </p>
        <p className="mt-4">
          <Link href={state.status === "accepted" ? "/settings" : "/"} className={textLink}>
            {state.status === "accepted" ? "Your coaches in Settings" : "Go to Traction"}
          </Link>
        </p>
      </>
    );
  }

  const { invitation } = state;
  const answer = async (accept: boolean) => {
    setBusy(true);
    setError(null);
    try {
      if (accept) await acceptInvitation(api, token);
      else await declineInvitation(api, token);
      setState({ status: accept ? "accepted" : "declined", coach: invitation.coach.name });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold tracking-tight">{invitation.coach.name} would like to coach you</h1>
      <p className="mb-4 text-slate-700">
        {invitation.coach.name} ({invitation.coach.email}) sent this invitation to {invitation.email}. If you accept, they will
        see:
      </p>
      <ul className="mb-4 list-disc space-y-1 pl-5 text-slate-900" aria-label="What your coach will see">
        {invitation.coachSees.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <ul className="mb-6 space-y-1 text-sm text-slate-700">
        {invitation.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="button" className={primaryButton} aria-disabled={busy} onClick={() => void answer(true)}>
          Accept {invitation.coach.name} as my coach
        </button>
        <button type="button" className={secondaryButton} aria-disabled={busy} onClick={() => void answer(false)}>
          Decline
        </button>
      </div>
    </>
  );
}
