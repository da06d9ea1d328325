/**
 * Keeps the outbox and the delivery log bounded: events dispatched more than
 * `retentionDays` ago go, with their deliveries (ON DELETE CASCADE). Events
 * not yet dispatched are never removed.
 */
import type { Database } from "@traction/db";

export const WEBHOOK_LOG_RETENTION_DAYS = 30;

/** Returns the number of events removed. */
export async function pruneWebhookLog(
  db: Database,
  retentionDays = WEBHOOK_LOG_RETENTION_DAYS,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  return db.$executeRaw`DELETE FROM "WebhookEvent" WHERE "dispatchedAt" < ${cutoff}`;
}
