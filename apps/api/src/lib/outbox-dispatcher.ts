/**
 * Drains a transactional outbox (webhook events, emails) into pg-boss jobs:
 * `dispatch` takes a batch of rows and, in its own transaction, hands their ids
 * to `enqueue`, which inserts one job per id through that same transaction, so
 * a job exists exactly when its row was marked dispatched. Runs every
 * `intervalMs` and on `tick()`, one drain at a time, until `stop()`.
 */
import type { Prisma } from "@traction/db";
import type { FastifyBaseLogger } from "fastify";
import type PgBoss from "pg-boss";

/** pg-boss writing through a Prisma transaction, so queued jobs commit (or roll back) with it. */
export const inTransaction = (tx: Prisma.TransactionClient) => ({
  executeSql: async (text: string, values: unknown[] = []) => ({
    rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((value) => value ?? null)),
  }),
});

export type Enqueue = (tx: Prisma.TransactionClient, ids: string[]) => Promise<void>;

export interface OutboxOptions {
  boss: PgBoss;
  queue: string;
  /** The job's data for one outbox row. */
  data: (id: string) => object;
  retryLimit: number;
  retryDelaySeconds: number;
  /** Moves one batch out of the outbox; returns how many rows it took (0: empty). */
  dispatch: (enqueue: Enqueue) => Promise<number>;
  /** Workers to wake when jobs were queued. */
  workers: readonly string[];
  log: FastifyBaseLogger;
  /** For the log: what could not be dispatched. */
  what: string;
}

export interface OutboxDispatcher {
  /** Drain now (unless a drain is already running). */
  tick: () => void;
  start(intervalMs: number): void;
  /** Stops the timer and waits for a running drain. */
  stop(): Promise<void>;
}

export function outboxDispatcher(options: OutboxOptions): OutboxDispatcher {
  const { boss, queue } = options;
  let timer: NodeJS.Timeout | undefined;
  let draining: Promise<void> | undefined;
  let closing = false;

  const enqueue: Enqueue = async (tx, ids) => {
    const jobs = ids.map((id) => ({
      id,
      name: queue,
      data: options.data(id),
      retryLimit: options.retryLimit,
      retryDelay: options.retryDelaySeconds,
      retryBackoff: true,
    }));
    await boss.insert(jobs, { db: inTransaction(tx) });
  };
  const drain = async () => {
    while (!closing && (await options.dispatch(enqueue)) > 0) {
      for (const worker of options.workers) boss.notifyWorker(worker);
    }
  };
  const tick = () => {
    draining ??= drain()
      .catch((error: unknown) => options.log.error({ err: error }, `could not dispatch ${options.what}`))
      .finally(() => (draining = undefined));
  };

  return {
    tick,
    start(intervalMs) {
      timer = setInterval(tick, intervalMs).unref();
      tick();
    },
    async stop() {
      closing = true;
      clearInterval(timer);
      await draining;
    },
  };
}
