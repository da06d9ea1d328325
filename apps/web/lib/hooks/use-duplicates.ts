"use client";

/**
 * The records a new contact or company would duplicate, asked of the API as
 * the name (and email) is typed, before anything is saved. Empty while the
 * name is empty or the answer for what is typed has not come yet.
 */
import { findDuplicates, type Duplicate, type DuplicateKind, type DuplicateQuery } from "../api/duplicates.ts";
import { useDebounced } from "./use-debounced.ts";
import { useLoad } from "./use-load.ts";

export function useDuplicates(kind: DuplicateKind, query: DuplicateQuery | null): Duplicate[] & { reload?: () => void } {
  const name = query?.name.trim() ?? "";
  const email = query?.email?.trim() ?? "";
  const settled = useDebounced(JSON.stringify([name, email, query?.excludeId ?? ""]), 250);
  const [settledName, settledEmail, excludeId] = JSON.parse(settled) as [string, string, string];
  const found = useLoad(settledName ? `duplicates:${kind}:${settled}` : null, (api) =>
    findDuplicates(api, kind, {
      name: settledName,
      ...(settledEmail.includes("@") ? { email: settledEmail } : {}),
      ...(excludeId ? { excludeId } : {}),
    }),
  );
  // An answer about an older spelling is not shown for what is typed now.
  const matches = name && settledName === name ? (found.data ?? []) : [];
  return Object.assign([...matches], { reload: found.reload });
}
