import type { Database } from "@traction/db";
import type { TApiKeyList } from "@traction/schemas";
import { API_KEY_VIEW, toApiKeyView } from "./api-key-view.ts";

/** The caller's keys, newest first; one page, as an account holds a bounded number. */
export async function listApiKeys(db: Database, userId: string): Promise<TApiKeyList> {
  const rows = await db.apiKey.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: API_KEY_VIEW,
  });
  return { data: rows.map(toApiKeyView), nextCursor: null };
}
