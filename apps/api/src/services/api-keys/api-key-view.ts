import type { TApiKey, TApiKeyScope } from "@traction/schemas";

/** The columns of an API key a client may see: never the hash. */
export const API_KEY_VIEW = { id: true, name: true, scopes: true, prefix: true, createdAt: true, lastUsedAt: true } as const;

export function toApiKeyView(row: { scopes: string[] } & Omit<TApiKey, "scopes">): TApiKey {
  return { ...row, scopes: row.scopes as TApiKeyScope[] };
}
