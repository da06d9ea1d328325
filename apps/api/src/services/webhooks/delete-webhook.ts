import type { Database } from "@traction/db";
import { notFound } from "../../lib/errors.ts";

/** Deletes the owner's webhook with its delivery log; deliveries still queued are then skipped. */
export async function deleteWebhook(db: Database, ownerId: string, id: string): Promise<void> {
  const { count } = await db.webhook.deleteMany({ where: { id, ownerId } });
  if (count === 0) throw notFound("Webhook");
}
