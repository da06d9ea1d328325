/**
 * Writes an event to the outbox through the caller's transaction client, so
 * the event exists if and only if the change that caused it commits. Nothing
 * is written for an owner without a webhook for that type (one statement
 * either way); the dispatcher takes it from there.
 */
import type { TWebhookEventType } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";

export async function emitEvent(db: DbClient, ownerId: string, type: TWebhookEventType, data: object): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "WebhookEvent" ("ownerId", type, payload)
    SELECT ${ownerId}::uuid, ${type}, ${JSON.stringify(data)}::jsonb
    WHERE EXISTS (SELECT 1 FROM "Webhook" WHERE "ownerId" = ${ownerId}::uuid AND ${type} = ANY(events))`;
}
