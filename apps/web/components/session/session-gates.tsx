"use client";

/**
 * Client-side routing by session: the access token lives in memory, so only the
 * browser knows whether someone is signed in.
 */
import { usePathname, useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { useSession } from "./session-provider.tsx";

/** Renders its children for a signed-in user; sends everyone else to /login (and back here afterwards). */
export function RequireSession({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const router = useRouter();
  const pathname = usePathname();

  useEffect(() => {
    if (state.status === "anonymous") {
      router.replace(pathname === "/" ? "/login" : `/login?next=${encodeURIComponent(pathname)}`);
    }
  }, [state.status, router, pathname]);

  if (state.status !== "authenticated") return <SessionPending />;
  return children;
}

/** Sends a signed-in user from /login or /register to where they were going. */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const router = useRouter();

  useEffect(() => {
    if (state.status === "authenticated") router.replace(nextPath(window.location.search));
  }, [state.status, router]);

  return children;
}

/** Only same-site paths: `?next=https://evil.example` must not become an open redirect. */
export function nextPath(search: string): string {
  const next = new URLSearchParams(search).get("next");
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

function SessionPending() {
  return (
    <div className="grid min-h-dvh place-items-center bg-slate-50" aria-busy="true">
      <p className="text-slate-700">Loading your dashboard…</p>
    </div>
  );
}
