import type { Database } from "@traction/db";
import type { TWebhook } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import { toWebhookView, WEBHOOK_VIEW } from "./webhook-view.ts";

/** One of the owner's webhooks (never its secret); 404 for anyone else's. */
export async function getWebhook(db: Database, ownerId: string, id: string): Promise<TWebhook> {
  const row = await db.webhook.findFirst({ where: { id, ownerId }, select: WEBHOOK_VIEW });
  if (!row) throw notFound("Webhook");
  return toWebhookView(row);
}
