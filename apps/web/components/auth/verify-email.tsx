"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { verifyEmail } from "../../lib/api/auth.ts";
import { ApiError } from "../../lib/api/api-error.ts";
import { useSession } from "../session/session-provider.tsx";

type State = { status: "checking" } | { status: "done" } | { status: "failed"; message: string };

/** Spends the emailed confirmation link once, on arrival, and says what happened. */
export function VerifyEmail({ token }: { token: string }) {
  const { api } = useSession();
  const [state, setState] = useState<State>({ status: "checking" });
  useEffect(() => {
    let cancelled = false;
    verifyEmail(api, token)
      .then(() => !cancelled && setState({ status: "done" }))
      .catch((error: unknown) => {
        if (cancelled) return;
        const message =
          error instanceof ApiError ? error.message : "Traction could not be reached; try the link again in a moment.";
        setState({ status: "failed", message });
      });
    return () => {
      cancelled = true;
    };
  }, [api, token]);
  if (state.status === "checking") return <p role="status">Confirming your email address…</p>;
  if (state.status === "done") {
    return (
      <p role="status">
        Your email address is confirmed.{" "}
        <Link href="/" className="font-medium text-indigo-700 underline">
          Go to Traction
        </Link>
      </p>
    );
  }
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
      {state.message}
    </p>
  );
}
