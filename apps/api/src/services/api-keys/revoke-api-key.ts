import type { Database } from "@traction/db";
import { notFound } from "../../lib/errors.ts";

/** Deletes the caller's key: the next request made with it is a 401. Another user's key is a 404. */
export async function revokeApiKey(db: Database, userId: string, id: string): Promise<void> {
  const { count } = await db.apiKey.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound("API key");
}
