/**
 * Webhook delivery, backed by PostgreSQL through pg-boss: a dispatcher drains
 * the outbox every `WEBHOOK_DISPATCH_INTERVAL_MS` into deliveries and queue
 * jobs (written in the same transaction), workers send each delivery and let
 * pg-boss retry failures with exponential backoff, and scheduled jobs raise
 * `insights.flag_raised` and prune the delivery log. Off in tests unless WEBHOOK_WORKER=on; `app.webhookPolicy`
 * (where webhooks may point) is always there.
 */
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import PgBoss from "pg-boss";
import { createQueues } from "../../lib/create-queues.ts";
import { outboxDispatcher } from "../../lib/outbox-dispatcher.ts";
import { startWorkers } from "../../lib/queue-workers.ts";
import { addressPolicy, guardedLookup, type AddressPolicy } from "../../lib/network-policy.ts";
import { deliverWebhook } from "../../services/webhooks/deliver-webhook.ts";
import { dispatchEvents } from "../../services/webhooks/dispatch-events.ts";
import { pruneWebhookLog } from "../../services/webhooks/prune-webhook-log.ts";
import { raiseFlagEvents } from "../../services/webhooks/raise-flag-events.ts";
import { pruneDeletions } from "../../services/sync/list-deletions.ts";

declare module "fastify" {
  interface FastifyInstance {
    webhookPolicy: AddressPolicy;
  }
}

const DELIVERY_QUEUE = "webhook-delivery";
const FLAGS_QUEUE = "insights-flags";
const PRUNE_QUEUE = "webhook-log-prune";
const PRUNE_CRON = "17 3 * * *";
const WORKERS = 4;

export default fp(
  async function webhooksPlugin(app: FastifyInstance) {
    const { config } = app;
    const policy = addressPolicy(config.NODE_ENV);
    app.decorate("webhookPolicy", policy);
    if ((config.WEBHOOK_WORKER ?? (config.NODE_ENV === "test" ? "off" : "on")) === "off") return;

    const log = app.log.child({ component: "webhooks" });
    const boss = new PgBoss({
      connectionString: config.DATABASE_URL,
      schema: "pgboss",
      max: 4,
      application_name: "traction-webhooks",
    });
    boss.on("error", (error) => log.error({ err: error }, "job queue error"));
    const workers: string[] = [];
    const lookup = guardedLookup(policy);
    const dispatcher = outboxDispatcher({
      boss,
      queue: DELIVERY_QUEUE,
      data: (deliveryId) => ({ deliveryId }),
      retryLimit: config.WEBHOOK_RETRY_LIMIT,
      retryDelaySeconds: config.WEBHOOK_RETRY_DELAY_SECONDS,
      dispatch: (enqueue) => dispatchEvents(app.db, enqueue),
      workers,
      log,
      what: "webhook events",
    });

    app.addHook("onReady", async () => {
      await boss.start();
      await createQueues(boss, [DELIVERY_QUEUE, FLAGS_QUEUE, PRUNE_QUEUE]);
      const ids = await startWorkers<{ deliveryId: string }>(boss, DELIVERY_QUEUE, WORKERS, async (job) => {
        const attempt = { retryCount: job.retryCount, retryLimit: job.retryLimit };
        await deliverWebhook(app.db, log, job.data.deliveryId, attempt, { timeoutMs: config.WEBHOOK_TIMEOUT_MS, lookup });
      });
      workers.push(...ids);
      await boss.work(FLAGS_QUEUE, async () => {
        log.info({ events: await raiseFlagEvents(app.db) }, "insight flags checked");
      });
      await boss.schedule(FLAGS_QUEUE, config.WEBHOOK_FLAGS_CRON);
      await boss.work(PRUNE_QUEUE, async () => {
        log.info({ events: await pruneWebhookLog(app.db) }, "webhook log pruned");
        // The daily clean-up also drops sync tombstones past their retention.
        log.info({ deletions: await pruneDeletions(app.db) }, "deletion tombstones pruned");
      });
      await boss.schedule(PRUNE_QUEUE, PRUNE_CRON);
      dispatcher.start(config.WEBHOOK_DISPATCH_INTERVAL_MS);
    });

    app.addHook("onClose", async () => {
      await dispatcher.stop();
      await boss.stop({ graceful: true, wait: true, timeout: config.SHUTDOWN_TIMEOUT_SECONDS * 1000 });
    });
  },
  { name: "webhooks", dependencies: ["config", "database"] },
);
