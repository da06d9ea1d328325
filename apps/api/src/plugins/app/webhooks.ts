/**
 * Webhook delivery, backed by PostgreSQL through pg-boss: a dispatcher drains
 * the outbox every `WEBHOOK_DISPATCH_INTERVAL_MS` into deliveries and queue
 * jobs (written in the same transaction), workers send each delivery and let
 * pg-boss retry failures with exponential backoff, and scheduled jobs raise
 * `insights.flag_raised` and prune the delivery log. Off in tests unless WEBHOOK_WORKER=on; `app.webhookPolicy`
 * (where webhooks may point) is always there.
 */
import type { Prisma } from "@traction/db";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import PgBoss from "pg-boss";
import { addressPolicy, guardedLookup, type AddressPolicy } from "../../lib/network-policy.ts";
import { deliverWebhook } from "../../services/webhooks/deliver-webhook.ts";
import { dispatchEvents } from "../../services/webhooks/dispatch-events.ts";
import { pruneWebhookLog } from "../../services/webhooks/prune-webhook-log.ts";
import { raiseFlagEvents } from "../../services/webhooks/raise-flag-events.ts";

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

/** pg-boss writing through a Prisma transaction, so queued jobs commit (or roll back) with it. */
export const inTransaction = (tx: Prisma.TransactionClient) => ({
  executeSql: async (text: string, values: unknown[] = []) => ({
    rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((value) => value ?? null)),
  }),
});

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
    let timer: NodeJS.Timeout | undefined;
    let draining: Promise<void> | undefined;
    let closing = false;

    const drain = async () => {
      const enqueue = async (tx: Prisma.TransactionClient, deliveryIds: string[]) => {
        const jobs = deliveryIds.map((id) => ({
          id,
          name: DELIVERY_QUEUE,
          data: { deliveryId: id },
          retryLimit: config.WEBHOOK_RETRY_LIMIT,
          retryDelay: config.WEBHOOK_RETRY_DELAY_SECONDS,
          retryBackoff: true,
        }));
        await boss.insert(jobs, { db: inTransaction(tx) });
      };
      while (!closing && (await dispatchEvents(app.db, enqueue)) > 0) {
        for (const worker of workers) boss.notifyWorker(worker);
      }
    };
    const tick = () => {
      draining ??= drain()
        .catch((error: unknown) => log.error({ err: error }, "could not dispatch webhook events"))
        .finally(() => (draining = undefined));
    };

    app.addHook("onReady", async () => {
      await boss.start();
      await boss.createQueue(DELIVERY_QUEUE);
      await boss.createQueue(FLAGS_QUEUE);
      await boss.createQueue(PRUNE_QUEUE);
      for (let i = 0; i < WORKERS; i += 1) {
        const options = { batchSize: 1, includeMetadata: true as const, pollingIntervalSeconds: 0.5 };
        const id = await boss.work<{ deliveryId: string }>(DELIVERY_QUEUE, options, async ([job]) => {
          if (!job) return;
          const attempt = { retryCount: job.retryCount, retryLimit: job.retryLimit };
          await deliverWebhook(app.db, log, job.data.deliveryId, attempt, { timeoutMs: config.WEBHOOK_TIMEOUT_MS, lookup });
        });
        workers.push(id);
      }
      await boss.work(FLAGS_QUEUE, async () => {
        log.info({ events: await raiseFlagEvents(app.db) }, "insight flags checked");
      });
      await boss.schedule(FLAGS_QUEUE, config.WEBHOOK_FLAGS_CRON);
      await boss.work(PRUNE_QUEUE, async () => {
        log.info({ events: await pruneWebhookLog(app.db) }, "webhook log pruned");
      });
      await boss.schedule(PRUNE_QUEUE, PRUNE_CRON);
      timer = setInterval(tick, config.WEBHOOK_DISPATCH_INTERVAL_MS).unref();
      tick();
    });

    app.addHook("onClose", async () => {
      closing = true;
      clearInterval(timer);
      await draining;
      await boss.stop({ graceful: true, wait: true, timeout: config.SHUTDOWN_TIMEOUT_SECONDS * 1000 });
    });
  },
  { name: "webhooks", dependencies: ["config", "database"] },
);
