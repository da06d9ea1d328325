/**
 * Workers that drain a pg-boss queue without waiting between jobs. pg-boss
 * polls a queue every `pollingIntervalSeconds`; a worker that just finished a
 * job fetches the next one at once instead (`notifyWorker`), so a backlog —
 * a Monday's digests, a burst of webhook deliveries — goes at the speed of the
 * work, not of the polling interval (one job per worker per half second).
 * An idle queue is still polled at the interval.
 */
import type PgBoss from "pg-boss";

const POLLING_INTERVAL_SECONDS = 0.5;

export async function startWorkers<Data extends object>(
  boss: PgBoss,
  queue: string,
  count: number,
  handle: (job: PgBoss.JobWithMetadata<Data>) => Promise<void>,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const options = { batchSize: 1, includeMetadata: true as const, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS };
    let id = "";
    id = await boss.work<Data>(queue, options, async ([job]) => {
      if (!job) return;
      try {
        await handle(job);
      } finally {
        // There was a job: there may be more.
        boss.notifyWorker(id);
      }
    });
    ids.push(id);
  }
  return ids;
}
