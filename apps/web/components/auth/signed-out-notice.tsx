"use client";

/** On the sign-in page: why the visitor is here, when their session ended without them signing out. */
import { useSession, type SignedOutReason } from "../session/session-provider.tsx";

function message(why: SignedOutReason): string {
  switch (why.reason) {
    case "ended":
      return "Your session ended — sign in again.";
    case "revoked":
      return /used twice/.test(why.detail)
        ? "You were signed out because your sign-in was used twice, which can mean someone copied it. Every device using it was signed out — sign in again."
        : "You were signed out because this session was ended on another tab or device (or for your account’s safety). Sign in again to continue.";
    case "unavailable":
      return `You were signed out because Traction could not confirm your session just now (${why.detail}). Sign in again, or reload in a moment.`;
  }
}

export function SignedOutNotice() {
  const { state } = useSession();
  if (state.status !== "anonymous" || !state.why) return null;
  return (
    <p role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      {message(state.why)}
    </p>
  );
}
