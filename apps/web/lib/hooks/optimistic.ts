"use client";

/**
 * Optimistic edits: the change shows at once, the API call runs, and a refusal
 * puts the record back (and says why, next to the field or the list).
 */
import { useState } from "react";
import { ApiError } from "../api/api-error.ts";
import type { ApiClient } from "../api/client.ts";
import { describeError } from "../forms/field-errors.ts";
import { errorMessage } from "../../components/ui/load-state.tsx";
import { useSession } from "../../components/session/session-provider.tsx";

interface WithId {
  id: string;
}

/**
 * Shows `next` at once, then what the API answered; if the save fails, shows
 * `previous` again and rethrows, so the caller can put the error by its field.
 */
export async function saveOptimistically<T>(previous: T, next: T, show: (value: T) => void, save: () => Promise<T>): Promise<T> {
  show(next);
  try {
    const saved = await save();
    show(saved);
    return saved;
  } catch (error) {
    show(previous);
    throw error;
  }
}

/** A record with a change applied: fields the change leaves out (undefined) keep their value. */
export function withChange<T extends object>(record: T, change: object): T {
  const set = Object.entries(change).filter(([, value]) => value !== undefined);
  return { ...record, ...Object.fromEntries(set) };
}

/**
 * Why the API refused, in words: its field errors after the fields' labels ("A time is required for a
 * scheduled one-on-one"), or its detail when it names no field (or none with a label here).
 */
export function refusal(caught: unknown, labels: Partial<Record<string, string>> = {}): string {
  const errors = caught instanceof ApiError ? (caught.problem.errors ?? []) : [];
  const described = errors.flatMap(({ path, message }) => {
    const label = labels[path];
    return label ? [describeError(label, message)] : [];
  });
  return described.length > 0 ? `${described.join(". ")}.` : errorMessage(caught);
}

/** `labels`: what the fields an edit may change are called, for the API's field errors. */
export function useOptimisticEdit<T extends WithId>(
  mutate: (change: (items: T[]) => T[]) => void,
  labels?: Partial<Record<string, string>>,
) {
  const { api } = useSession();
  const [error, setError] = useState<string | null>(null);
  const show = (value: T) => mutate((items) => items.map((each) => (each.id === value.id ? value : each)));

  const edit = async (item: T, change: Partial<T>, save: (api: ApiClient) => Promise<T>) => {
    setError(null);
    try {
      await saveOptimistically(item, withChange(item, change), show, () => save(api));
    } catch (caught) {
      setError(`Could not save the change. ${refusal(caught, labels)}`);
    }
  };

  return { edit, error };
}
