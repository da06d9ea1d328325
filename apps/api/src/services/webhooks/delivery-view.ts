import type { TWebhookDelivery, TWebhookDeliveryEvent } from "@traction/schemas";

interface DeliveryRow {
  id: string;
  eventId: string;
  eventType: string;
  status: TWebhookDelivery["status"];
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastDurationMs: number | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
  generation: number;
}

/** A delivery row as the API shows it. */
export const toDeliveryView = (row: DeliveryRow): TWebhookDelivery => ({
  id: row.id,
  eventId: row.eventId,
  event: row.eventType as TWebhookDeliveryEvent,
  status: row.status,
  attempts: row.attempts,
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  lastDurationMs: row.lastDurationMs,
  createdAt: row.createdAt,
  lastAttemptAt: row.lastAttemptAt,
  deliveredAt: row.deliveredAt,
  redelivery: row.generation > 0,
});
