"use client";

/**
 * A paginated list (`{ data, nextCursor }`): the first page loads by key like
 * `useLoad`, "load more" appends the next pages, and `mutate` edits the items
 * in place (optimistic updates).
 */
import { useCallback, useState } from "react";
import type { ApiClient } from "../api/client.ts";
import type { Page } from "../api/records.ts";
import { useSession } from "../../components/session/session-provider.tsx";
import { useLoad, type LoadStatus } from "./use-load.ts";

export interface LoadedList<T> {
  status: LoadStatus;
  items: T[];
  error: unknown;
  reload: () => void;
  mutate: (change: (items: T[]) => T[]) => void;
  /** A record just created goes first. */
  prepend: (item: T) => void;
  /** A record just deleted goes (by its `id`). */
  drop: (id: string) => void;
  hasMore: boolean;
  loadingMore: boolean;
  /** Why the last "load more" failed, if it did. */
  moreError: unknown;
  loadMore: () => Promise<void>;
}

export function useList<T>(
  key: string | null,
  loadPage: (api: ApiClient, cursor?: string) => Promise<Page<T>>,
  options: { keepPrevious?: boolean } = {},
): LoadedList<T> {
  const { api } = useSession();
  const first = useLoad(key, (client) => loadPage(client), options);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(undefined);
  const { data, mutate: mutatePage } = first;

  const loadMore = useCallback(async () => {
    if (!data?.nextCursor) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const next = await loadPage(api, data.nextCursor);
      mutatePage((page) => ({ data: [...page.data, ...next.data], nextCursor: next.nextCursor }));
    } catch (error) {
      setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }, [api, data, loadPage, mutatePage]);

  const mutate = useCallback(
    (change: (items: T[]) => T[]) => mutatePage((page) => ({ ...page, data: change(page.data) })),
    [mutatePage],
  );

  const prepend = useCallback((item: T) => mutate((items) => [item, ...items]), [mutate]);
  const drop = useCallback(
    (id: string) => mutate((items) => items.filter((item) => (item as { id?: unknown }).id !== id)),
    [mutate],
  );

  return {
    status: first.status,
    items: data?.data ?? [],
    error: first.error,
    reload: first.reload,
    mutate,
    prepend,
    drop,
    hasMore: Boolean(data?.nextCursor),
    loadingMore,
    moreError,
    loadMore,
  };
}
