"use client";

/**
 * Optimistic edits of one item in a loaded list: the change shows at once, the
 * API call runs, and a refusal puts the item back and says why.
 */
import { useState } from "react";
import type { ApiClient } from "../api/client.ts";
import { errorMessage } from "../../components/ui/load-state.tsx";
import { useSession } from "../../components/session/session-provider.tsx";

interface WithId {
  id: string;
}

export function useOptimisticEdit<T extends WithId>(mutate: (change: (items: T[]) => T[]) => void) {
  const { api } = useSession();
  const [error, setError] = useState<string | null>(null);

  const edit = async (item: T, change: Partial<T>, save: (api: ApiClient) => Promise<T>) => {
    setError(null);
    mutate((items) => items.map((each) => (each.id === item.id ? { ...each, ...change } : each)));
    try {
      const saved = await save(api);
      mutate((items) => items.map((each) => (each.id === item.id ? saved : each)));
    } catch (caught) {
      mutate((items) => items.map((each) => (each.id === item.id ? item : each)));
      setError(`Could not save the change. ${errorMessage(caught)}`);
    }
  };

  return { edit, error };
}
