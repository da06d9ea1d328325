import type { Database } from "@traction/db";
import { MAX_WEBHOOKS, type TCreatedWebhook, type TWebhookEventType } from "@traction/schemas";
import { conflict, invalid } from "../../lib/errors.ts";
import { urlRefusal, type AddressPolicy } from "../../lib/network-policy.ts";
import { newWebhookSecret } from "../../lib/webhook-signature.ts";
import { toWebhookView, WEBHOOK_VIEW } from "./webhook-view.ts";

/** Registers a webhook after checking where its URL leads; returns it with its signing secret, shown this once. */
export async function createWebhook(
  db: Database,
  ownerId: string,
  input: { url: string; events: TWebhookEventType[] },
  policy: AddressPolicy,
): Promise<TCreatedWebhook> {
  const refusal = await urlRefusal(input.url, policy);
  if (refusal) throw invalid([{ path: "url", message: refusal }], "This URL cannot receive webhooks");
  const secret = newWebhookSecret();
  const row = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${ownerId}::uuid FOR UPDATE`;
    if ((await tx.webhook.count({ where: { ownerId } })) >= MAX_WEBHOOKS) {
      throw conflict(`An account may hold at most ${MAX_WEBHOOKS} webhooks; delete one first`);
    }
    return tx.webhook.create({ data: { ownerId, url: input.url, events: input.events, secret }, select: WEBHOOK_VIEW });
  });
  return { ...toWebhookView(row), secret };
}
