import type { TWebhook, TWebhookEventType } from "@traction/schemas";

/** The columns of a webhook a client may see again: never its secret. */
export const WEBHOOK_VIEW = { id: true, url: true, events: true, createdAt: true } as const;

export const toWebhookView = (row: { id: string; url: string; events: string[]; createdAt: Date }): TWebhook => ({
  ...row,
  events: row.events as TWebhookEventType[],
});
