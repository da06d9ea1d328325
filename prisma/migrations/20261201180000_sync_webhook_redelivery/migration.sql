-- Webhook tests (ping) and redeliveries: a delivery row is queued by the dispatcher
-- when "queuedAt" is NULL (the outbox of deliveries made outside the event fan-out),
-- and a redelivery is a new row for the same webhook and event, one generation up.
ALTER TABLE "WebhookDelivery" ADD COLUMN "generation" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "queuedAt" TIMESTAMPTZ(3);

-- Every existing delivery was queued when it was made.
UPDATE "WebhookDelivery" SET "queuedAt" = "createdAt";

DROP INDEX "WebhookDelivery_webhookId_eventId_key";
CREATE UNIQUE INDEX "WebhookDelivery_webhookId_eventId_generation_key" ON "WebhookDelivery"("webhookId", "eventId", "generation");
CREATE INDEX "WebhookDelivery_queuedAt_idx" ON "WebhookDelivery"("queuedAt");
