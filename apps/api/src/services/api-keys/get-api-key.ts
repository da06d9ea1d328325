import type { Database } from "@traction/db";
import type { TApiKey } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import { API_KEY_VIEW, toApiKeyView } from "./api-key-view.ts";

/** One of the caller's keys (never its secret); 404 for anyone else's. */
export async function getApiKey(db: Database, userId: string, id: string): Promise<TApiKey> {
  const row = await db.apiKey.findFirst({ where: { id, userId }, select: API_KEY_VIEW });
  if (!row) throw notFound("API key");
  return toApiKeyView(row);
}
