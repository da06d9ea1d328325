import type { Database } from "@traction/db";
import { notFound } from "../../lib/errors.ts";

/**
 * Deletes the account and, through the foreign keys' ON DELETE CASCADE, every
 * row it owns (records, join rows, refresh tokens, idempotency keys). Tasks a
 * coach assigned to clients stay with the clients, without `assignedById`.
 * Access tokens stop working at once: the auth hook re-reads the user on every request.
 */
export async function deleteAccount(db: Database, userId: string): Promise<void> {
  const { count } = await db.user.deleteMany({ where: { id: userId } });
  if (count === 0) throw notFound("User");
}
