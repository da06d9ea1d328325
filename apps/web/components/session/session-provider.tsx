"use client";

/**
 * The signed-in session, in memory only. On load it tries a silent refresh (the
 * httpOnly refresh cookie) and fetches the account; sign-in and registration set
 * it directly; sign-out revokes the refresh cookie. Pages read it with
 * `useSession()` and call the API through `session.api`.
 */
import type { TUser } from "@traction/schemas";
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from "react";
import { getMe, login, logout, register, type TLoginInput, type TRegisterInput } from "../../lib/api/auth.ts";
import { ApiClient } from "../../lib/api/client.ts";

export type SessionState = { status: "loading" } | { status: "anonymous" } | { status: "authenticated"; user: TUser };

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

  useEffect(() => {
    let active = true;
    const unsubscribe = api.onSessionLost(() => setState({ status: "anonymous" }));
    const restore = async (): Promise<SessionState> => {
      if (!(await api.refresh())) return { status: "anonymous" };
      return { status: "authenticated", user: await getMe(api) };
    };
    restore().then(
      (restored) => {
        // A sign-in that finished first wins over the restore.
        if (active) setState((current) => (current.status === "loading" ? restored : current));
      },
      () => {
        if (active) setState((current) => (current.status === "loading" ? { status: "anonymous" } : current));
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
        setState({ status: "authenticated", user });
      },
      async login(input) {
        const { user, accessToken } = await login(api, input);
        api.setAccessToken(accessToken);
        setState({ status: "authenticated", user });
      },
      async signOut() {
        // Signed out here whatever the API says; a failed revoke only leaves a cookie that expires.
        await logout(api).catch(() => undefined);
        api.setAccessToken(null);
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
