"use client";

/**
 * Loading what a page shows. `key` names the request (its URL and filters): a
 * new key loads again, `reload()` refreshes the same key while the last data
 * stays on screen, and `mutate()` changes the data in place for optimistic
 * updates. Pages render `status`: loading, error (with `reload`) or ready.
 */
import { useCallback, useEffect, useEffectEvent, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import { useSession } from "../../components/session/session-provider.tsx";

export type LoadStatus = "loading" | "error" | "ready";

export interface Loaded<T> {
  status: LoadStatus;
  /** The latest data for this key, also while it reloads. */
  data: T | undefined;
  error: unknown;
  reload: () => void;
  mutate: (change: (data: T) => T) => void;
}

interface Settled<T> {
  key: string;
  version: number;
  data: T | undefined;
  error: unknown;
}

export function useLoad<T>(
  key: string | null,
  load: (api: ApiClient) => Promise<T>,
  /** Search as you type: while a new key loads, keep showing the last key's data. */
  { keepPrevious = false }: { keepPrevious?: boolean } = {},
): Loaded<T> {
  const { api } = useSession();
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const run = useEffectEvent(() => load(api));

  useEffect(() => {
    if (key === null) return;
    let active = true;
    run().then(
      (data) => active && setSettled({ key, version, data, error: undefined }),
      (error: unknown) =>
        active && setSettled((last) => ({ key, version, data: last?.key === key ? last.data : undefined, error })),
    );
    return () => {
      active = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((current) => current + 1), []);
  const mutate = useCallback(
    (change: (data: T) => T) => setSettled((last) => (last?.data === undefined ? last : { ...last, data: change(last.data) })),
    [],
  );

  const current = settled?.key === key ? settled : null;
  const fresh = current?.version === version;
  const status: LoadStatus = current && fresh ? (current.error === undefined ? "ready" : "error") : "loading";
  const data = current?.data ?? (keepPrevious ? settled?.data : undefined);
  return { status, data, error: current?.error, reload, mutate };
}
