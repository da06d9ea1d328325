/**
 * The weekly health history (services/orgs/health-history.ts) as
 * `app.healthHistory`. A pg-boss job records, for every actively enrolled
 * client, the weeks that have ended without a health snapshot: scheduled
 * (HEALTH_HISTORY_CRON, hourly by default, as weeks end at a different hour in
 * each time zone), once at start-up (the first deploy fills the past weeks),
 * and for one client after they enrol (their past weeks, in the background of
 * the request). A run that has worked RUN_BUDGET_MS queues its continuation.
 * Several processes may run it at once: each week is inserted once
 * (`ON CONFLICT DO NOTHING`). Off in tests unless HEALTH_HISTORY_WORKER=on;
 * `app.healthHistory.record(options)` runs it in the caller (tests, benchmarks).
 */
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import PgBoss from "pg-boss";
import { createQueues } from "../../lib/create-queues.ts";
import { recordHealthHistory, type HealthHistoryOptions, type HealthHistoryRun } from "../../services/orgs/health-history.ts";

declare module "fastify" {
  interface FastifyInstance {
    healthHistory: {
      /** Records the missing weeks now, in this process. */
      record(options?: HealthHistoryOptions): Promise<HealthHistoryRun>;
      /** Queues the filling of a newly enrolled client's past weeks (nothing when the worker is off). Never throws. */
      afterEnrolment(clientId: string): Promise<void>;
    };
  }
}

const QUEUE = "health-history";
const RUN_BUDGET_MS = 5 * 60_000;
const JOBS_PER_RUN = 50;

interface JobData {
  clientIds?: string[];
}

export default fp(
  async function healthHistoryPlugin(app: FastifyInstance) {
    const { config } = app;
    const log = app.log.child({ component: "health-history" });
    const enabled = (config.HEALTH_HISTORY_WORKER ?? (config.NODE_ENV === "test" ? "off" : "on")) === "on";
    const boss = enabled
      ? new PgBoss({
          connectionString: config.DATABASE_URL,
          schema: "pgboss",
          max: 2,
          application_name: "traction-health-history",
        })
      : undefined;
    let closing = false;

    app.decorate("healthHistory", {
      record: (options: HealthHistoryOptions = {}) => recordHealthHistory(app.db, options),
      afterEnrolment: async (clientId: string) => {
        if (!boss || closing) return;
        try {
          await boss.send(QUEUE, { clientIds: [clientId] } satisfies JobData);
        } catch (error) {
          // The hourly run fills the weeks anyway.
          log.warn({ err: error, clientId }, "could not queue the health history of a new enrolment");
        }
      },
    });
    if (!boss) return;

    boss.on("error", (error) => log.error({ err: error }, "job queue error"));

    app.addHook("onReady", async () => {
      const queue = boss;
      await queue.start();
      await createQueues(queue, [QUEUE]);
      // Jobs fetched together (enrolments arriving at once) are one run: their clients are computed together.
      await queue.work<JobData>(QUEUE, { batchSize: JOBS_PER_RUN }, async (jobs) => {
        if (jobs.length === 0) return;
        const everyone = jobs.some((job) => !job.data?.clientIds);
        const data: JobData = everyone ? {} : { clientIds: [...new Set(jobs.flatMap((job) => job.data.clientIds!))] };
        const started = Date.now();
        const run = await recordHealthHistory(app.db, {
          ...data,
          keepGoing: () => !closing && Date.now() - started < RUN_BUDGET_MS,
        });
        log.info({ ...run, clients: data.clientIds?.length ?? "all" }, "health history recorded");
        if (run.remaining && !closing) await queue.send(QUEUE, data);
      });
      await queue.schedule(QUEUE, config.HEALTH_HISTORY_CRON, {} satisfies JobData);
      // The weeks missing since the last run (or ever, on the first deploy); once for processes starting together.
      await queue.send(QUEUE, {} satisfies JobData, { singletonKey: "start-up", singletonSeconds: 300 });
    });

    app.addHook("onClose", async () => {
      closing = true;
      await boss.stop({ graceful: true, wait: true, timeout: config.SHUTDOWN_TIMEOUT_SECONDS * 1000 });
    });
  },
  { name: "health-history", dependencies: ["config", "database"] },
);
