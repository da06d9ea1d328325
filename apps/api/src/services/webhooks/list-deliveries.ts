import type { Database } from "@traction/db";
import type { TWebhookDelivery } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import { keyset, toPage } from "../records/pagination.ts";
import { toDeliveryView } from "./delivery-view.ts";

/** A webhook's delivery log, newest first, with keyset pagination; another user's webhook is a 404. */
export async function listDeliveries(
  db: Database,
  ownerId: string,
  webhookId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<{ data: TWebhookDelivery[]; nextCursor: string | null }> {
  const webhook = await db.webhook.findFirst({ where: { id: webhookId, ownerId }, select: { id: true } });
  if (!webhook) throw notFound("Webhook");
  const page = keyset("createdAt", query.cursor);
  const rows = await db.webhookDelivery.findMany({
    where: { AND: [{ webhookId }, page.where] },
    orderBy: page.orderBy,
    take: query.limit + 1,
  });
  const { data, nextCursor } = toPage(rows, query.limit, (row) => row.createdAt);
  return {
    data: data.map(toDeliveryView),
    nextCursor,
  };
}
