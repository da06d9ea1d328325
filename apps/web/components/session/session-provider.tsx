"use client";

/**
 * The signed-in session, in memory only. On load it tries a silent refresh (the
 * httpOnly refresh cookie) and fetches the account; sign-in and registration set
 * it directly; sign-out revokes the refresh cookie. Pages read it with
 * `useSession()` and call the API through `session.api`.
 *
 * A session that ends on its own (expired, signed out elsewhere, or the API
 * could not confirm it) leaves the reason in the anonymous state, and the
 * sign-in page says it. "Ended" is only said to a browser that was signed in
 * (a marker in localStorage): a first visit is not told its session ended.
 */
import "../../lib/zod-jitless.ts";
import type { TUser } from "@traction/schemas";
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from "react";
import { getMe, login, logout, register, type TLoginInput, type TRegisterInput } from "../../lib/api/auth.ts";
import { ApiClient, type SessionEnd } from "../../lib/api/client.ts";
import { setViewerTimeZone } from "../../lib/dates.ts";

/** Why the visitor is signed out, when it was not their own doing. */
export type SignedOutReason = SessionEnd | { reason: "unavailable"; detail: string };

export type SessionState =
  { status: "loading" } | { status: "anonymous"; why?: SignedOutReason } | { status: "authenticated"; user: TUser };

const SIGNED_IN_MARKER = "traction.signed-in";

/** Remembers (without any secret) that this browser had a session, so an ended one can be told apart from none. */
function markSignedIn(on: boolean): boolean {
  try {
    const was = window.localStorage.getItem(SIGNED_IN_MARKER) === "1";
    if (on) window.localStorage.setItem(SIGNED_IN_MARKER, "1");
    else window.localStorage.removeItem(SIGNED_IN_MARKER);
    return was;
  } catch {
    return false;
  }
}

/** The reason worth telling: a revocation always, an ended session only to a browser that had one. */
function worthTelling(end: SessionEnd): SignedOutReason | undefined {
  const hadSession = markSignedIn(false);
  return end.reason === "revoked" || hadSession ? end : undefined;
}

export interface Session {
  state: SessionState;
  api: ApiClient;
  register: (input: TRegisterInput) => Promise<void>;
  login: (input: TLoginInput) => Promise<void>;
  signOut: () => Promise<void>;
  /** The account as the API now returns it (after a settings change). */
  setUser: (user: TUser) => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children, client }: { children: ReactNode; client?: ApiClient }) {
  const [api] = useState(() => client ?? new ApiClient());
  const [state, setState] = useState<SessionState>({ status: "loading" });
  // "Today" and "this week" everywhere in the dashboard follow the signed-in user's time zone.
  setViewerTimeZone(state.status === "authenticated" ? state.user.timezone : null);

  useEffect(() => {
    let active = true;
    let lost: SignedOutReason | undefined;
    const unsubscribe = api.onSessionLost((end) => {
      lost = worthTelling(end);
      setState({ status: "anonymous", why: lost });
    });
    const restore = async (): Promise<SessionState> => {
      if (!(await api.refresh())) return { status: "anonymous", why: lost };
      const user = await getMe(api);
      markSignedIn(true);
      return { status: "authenticated", user };
    };
    restore().then(
      (restored) => {
        // A sign-in that finished first wins over the restore.
        if (active) setState((current) => (current.status === "loading" ? restored : current));
      },
      (error: unknown) => {
        // Rate limited or unreachable even after waiting: say so rather than sign out in silence.
        const why: SignedOutReason | undefined = markSignedIn(false)
          ? { reason: "unavailable", detail: error instanceof Error ? error.message : String(error) }
          : undefined;
        if (active) setState((current) => (current.status === "loading" ? { status: "anonymous", why } : current));
      },
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, [api]);

  const session = useMemo<Session>(
    () => ({
      state,
      api,
      async register(input) {
        const { user, accessToken } = await register(api, input);
        api.setAccessToken(accessToken);
        markSignedIn(true);
        setState({ status: "authenticated", user });
      },
      async login(input) {
        const { user, accessToken } = await login(api, input);
        api.setAccessToken(accessToken);
        markSignedIn(true);
        setState({ status: "authenticated", user });
      },
      async signOut() {
        // Signed out here whatever the API says; a failed revoke only leaves a cookie that expires.
        await logout(api).catch(() => undefined);
        api.setAccessToken(null);
        markSignedIn(false);
        setState({ status: "anonymous" });
      },
      setUser(user) {
        setState({ status: "authenticated", user });
      },
    }),
    [api, state],
  );

  return <SessionContext value={session}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error("useSession() must be used inside <SessionProvider>");
  return session;
}

/** The signed-in user, for components rendered inside <RequireSession>. */
export function useUser(): TUser {
  const { state } = useSession();
  if (state.status !== "authenticated") throw new Error("useUser() must be used inside <RequireSession>");
  return state.user;
}
