import type { Database } from "@traction/db";
import type { TWebhook } from "@traction/schemas";
import { toWebhookView, WEBHOOK_VIEW } from "./webhook-view.ts";

/** The owner's webhooks, newest first; one page, as an account holds a bounded number. */
export async function listWebhooks(db: Database, ownerId: string): Promise<{ data: TWebhook[]; nextCursor: null }> {
  const rows = await db.webhook.findMany({
    where: { ownerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: WEBHOOK_VIEW,
  });
  return { data: rows.map(toWebhookView), nextCursor: null };
}
