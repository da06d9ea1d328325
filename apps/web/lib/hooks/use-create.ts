"use client";

/**
 * A create form's submit: one idempotency key per draft (so a retried submit
 * of the same body never creates twice), a fresh draft after success, and the
 * created record handed to the page (usually prepended to its list).
 */
import { useState } from "react";
import type { ApiClient } from "../api/client.ts";
import { idempotencyKey, newDraftId } from "../idempotency.ts";
import { useSession } from "../../components/session/session-provider.tsx";

export function useCreate<Value, Item>(
  create: (api: ApiClient, value: Value, idempotencyKey: string) => Promise<Item>,
  onCreated: (item: Item) => void,
): (value: Value) => Promise<void> {
  const { api } = useSession();
  const [draftId, setDraftId] = useState(newDraftId);
  return async (value) => {
    const item = await create(api, value, idempotencyKey(draftId, "create", value));
    setDraftId(newDraftId());
    onCreated(item);
  };
}
