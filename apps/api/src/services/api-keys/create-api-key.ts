import type { Prisma } from "@traction/db";
import { MAX_API_KEYS, type TCreatedApiKey, type TCreateApiKey } from "@traction/schemas";
import { conflict } from "../../lib/errors.ts";
import { newApiKey } from "../../lib/api-key-token.ts";
import { API_KEY_VIEW, toApiKeyView } from "./api-key-view.ts";

/** Creates a key for `userId` (in the caller's transaction) and returns it with its secret, which is never readable again. */
export async function createApiKey(
  tx: Prisma.TransactionClient,
  userId: string,
  input: { name: string; scopes: TCreateApiKey["scopes"] },
): Promise<TCreatedApiKey> {
  const { key, hash, prefix } = newApiKey();
  // Serialises concurrent creates of one user, so the cap holds.
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  if ((await tx.apiKey.count({ where: { userId } })) >= MAX_API_KEYS) {
    throw conflict(`An account may hold at most ${MAX_API_KEYS} API keys; delete one first`);
  }
  const row = await tx.apiKey.create({
    data: { userId, name: input.name, scopes: input.scopes, keyHash: hash, prefix },
    select: API_KEY_VIEW,
  });
  return { ...toApiKeyView(row), key };
}
