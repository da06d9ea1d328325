/**
 * Email, backed by PostgreSQL through pg-boss like webhooks: services write
 * messages to the outbox in the transaction of the change that causes them; a
 * dispatcher moves them into queue jobs; workers send each over SMTP
 * (`SMTP_URL`, nodemailer) and pg-boss retries failures with exponential
 * backoff. Without `SMTP_URL` nothing is sent and messages wait in the outbox.
 * Off in tests unless MAIL_WORKER=on. `app.mail.publicUrl(request)` builds the
 * links emails carry. A scheduled job (MAIL_SCHEDULE_CRON) queues Monday's
 * digests and the daily reminders (`app.mail.runScheduled(now)`, which tests
 * and the benchmark call with their own clock).
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import nodemailer from "nodemailer";
import PgBoss from "pg-boss";
import { dispatchEmails } from "../../services/email/dispatch-emails.ts";
import { runScheduledEmails } from "../../services/email/scheduled/run-scheduled-emails.ts";
import { sendEmail } from "../../services/email/send-email.ts";
import { createQueues } from "../../lib/create-queues.ts";
import { outboxDispatcher } from "../../lib/outbox-dispatcher.ts";
import { startWorkers } from "../../lib/queue-workers.ts";

declare module "fastify" {
  interface FastifyInstance {
    mail: {
      /** Where users reach Traction: PUBLIC_URL, else the request's own origin. */
      publicUrl(request: FastifyRequest): string;
      /** Dispatch the outbox now rather than at the next tick (after a commit that queued mail). */
      kick(): void;
      /** Queues the digests and reminders due at `now` (each at most once per user and week or day). */
      runScheduled(now?: Date): Promise<{ digests: number; reminders: number }>;
    };
  }
}

const MAIL_QUEUE = "email";
const SCHEDULE_QUEUE = "email-schedule";
/** Links in scheduled emails, which no request carries, when PUBLIC_URL is unset. */
const DEFAULT_PUBLIC_URL = "http://localhost:3000";
const WORKERS = 4;
const DISPATCH_INTERVAL_MS = 500;

export default fp(
  async function mailPlugin(app: FastifyInstance) {
    const { config } = app;
    let kick = () => {};
    app.decorate("mail", {
      publicUrl: (request: FastifyRequest) => (config.PUBLIC_URL ?? `${request.protocol}://${request.host}`).replace(/\/+$/, ""),
      kick: () => kick(),
      runScheduled: async (now = new Date()) => {
        const counts = await runScheduledEmails(app.db, {
          now,
          publicUrl: (config.PUBLIC_URL ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, ""),
          secret: config.JWT_SECRET,
          hour: config.MAIL_SEND_HOUR,
        });
        kick();
        return counts;
      },
    });
    const enabled = (config.MAIL_WORKER ?? (config.NODE_ENV === "test" ? "off" : "on")) === "on";
    const log = app.log.child({ component: "mail" });
    if (!enabled) return;
    if (!config.SMTP_URL) {
      log.warn("SMTP_URL is not set: emails wait in the outbox until it is");
      return;
    }

    // One pooled connection per worker, reused from message to message (unless SMTP_URL sets `pool` itself).
    const smtpUrl = new URL(config.SMTP_URL);
    if (!smtpUrl.searchParams.has("pool")) {
      smtpUrl.searchParams.set("pool", "true");
      smtpUrl.searchParams.set("maxConnections", String(WORKERS));
    }
    const transport = nodemailer.createTransport(smtpUrl.toString());
    const boss = new PgBoss({
      connectionString: config.DATABASE_URL,
      schema: "pgboss",
      max: 2,
      application_name: "traction-mail",
    });
    boss.on("error", (error) => log.error({ err: error }, "job queue error"));
    const workers: string[] = [];
    const dispatcher = outboxDispatcher({
      boss,
      queue: MAIL_QUEUE,
      data: (messageId) => ({ messageId }),
      retryLimit: config.MAIL_RETRY_LIMIT,
      retryDelaySeconds: config.MAIL_RETRY_DELAY_SECONDS,
      dispatch: (enqueue) => dispatchEmails(app.db, enqueue),
      workers,
      log,
      what: "emails",
    });

    app.addHook("onReady", async () => {
      await boss.start();
      await createQueues(boss, [MAIL_QUEUE]);
      const ids = await startWorkers<{ messageId: string }>(boss, MAIL_QUEUE, WORKERS, async (job) => {
        const attempt = { retryCount: job.retryCount, retryLimit: job.retryLimit };
        const outcome = await sendEmail(app.db, transport, config.MAIL_FROM, job.data.messageId, attempt);
        if (outcome === "failed") log.error({ messageId: job.data.messageId }, "email could not be sent; recorded as FAILED");
      });
      workers.push(...ids);
      kick = dispatcher.tick;
      dispatcher.start(DISPATCH_INTERVAL_MS);
      await createQueues(boss, [SCHEDULE_QUEUE]);
      await boss.work(SCHEDULE_QUEUE, async () => {
        log.info(await app.mail.runScheduled(), "scheduled emails queued");
      });
      await boss.schedule(SCHEDULE_QUEUE, config.MAIL_SCHEDULE_CRON);
    });

    app.addHook("onClose", async () => {
      await dispatcher.stop();
      await boss.stop({ graceful: true, wait: true, timeout: config.SHUTDOWN_TIMEOUT_SECONDS * 1000 });
      transport.close();
    });
  },
  { name: "mail", dependencies: ["config", "database"] },
);
