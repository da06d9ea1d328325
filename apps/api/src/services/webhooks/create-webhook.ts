import type { Prisma } from "@traction/db";
import { MAX_WEBHOOKS, type TCreatedWebhook, type TWebhookEventType } from "@traction/schemas";
import { conflict, invalid } from "../../lib/errors.ts";
import { urlRefusal, type AddressPolicy } from "../../lib/network-policy.ts";
import { newWebhookSecret } from "../../lib/webhook-signature.ts";
import { toWebhookView, WEBHOOK_VIEW } from "./webhook-view.ts";

/** Where a webhook's URL leads must be allowed (checked before the create's transaction: it resolves the host). */
export async function assertWebhookUrl(url: string, policy: AddressPolicy): Promise<void> {
  const refusal = await urlRefusal(url, policy);
  if (refusal) throw invalid([{ path: "url", message: refusal }], "This URL cannot receive webhooks");
}

/** Registers a webhook (in the caller's transaction); returns it with its signing secret, shown this once. */
export async function createWebhook(
  tx: Prisma.TransactionClient,
  ownerId: string,
  input: { url: string; events: TWebhookEventType[] },
): Promise<TCreatedWebhook> {
  const secret = newWebhookSecret();
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${ownerId}::uuid FOR UPDATE`;
  if ((await tx.webhook.count({ where: { ownerId } })) >= MAX_WEBHOOKS) {
    throw conflict(`An account may hold at most ${MAX_WEBHOOKS} webhooks; delete one first`);
  }
  const row = await tx.webhook.create({ data: { ownerId, url: input.url, events: input.events, secret }, select: WEBHOOK_VIEW });
  return { ...toWebhookView(row), secret };
}
