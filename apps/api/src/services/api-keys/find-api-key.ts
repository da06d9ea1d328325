import type { Database } from "@traction/db";
import type { TApiKeyScope, TRole } from "@traction/schemas";
import { hashApiKey } from "../../lib/api-key-token.ts";

export interface ApiKeyOwner {
  keyId: string;
  userId: string;
  role: TRole;
  scopes: TApiKeyScope[];
  lastUsedAt: Date | null;
}

/** One indexed lookup (the unique hash) joined to the owner; null for an unknown or revoked key. */
export async function findApiKey(db: Database, key: string): Promise<ApiKeyOwner | null> {
  const rows = await db.$queryRaw<ApiKeyOwner[]>`
    SELECT k.id AS "keyId", u.id AS "userId", u.role::text AS role, k.scopes, k."lastUsedAt"
    FROM "ApiKey" k JOIN "User" u ON u.id = k."userId"
    WHERE k."keyHash" = ${hashApiKey(key)}`;
  return rows[0] ?? null;
}
