/**
 * Runs imports in the background, batch after batch, in this process. Each
 * batch is its own transaction (process-import-batch.ts), so stopping between
 * two batches — or dying inside one — loses nothing: on start, and every
 * `sweepEveryMs`, imports still QUEUED or RUNNING are picked up again (by any
 * instance: batches of one import are serialised by a row lock).
 * A batch that keeps failing (not a bad row: those are rejected, but e.g. a
 * database outage) is retried with backoff, then the import is marked FAILED.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { Database } from "@traction/db";
import type { FastifyBaseLogger } from "fastify";
import { processImportBatch } from "./process-import-batch.ts";

export interface ImportRunnerOptions {
  batchSize: number;
  sweepEveryMs: number;
  /** An upload still RECEIVING after this long was cut off: the import is marked FAILED. */
  abandonedUploadMs: number;
  retryDelayMs: number;
  maxAttempts: number;
}

export class ImportRunner {
  private readonly running = new Map<string, Promise<void>>();
  private readonly stop = new AbortController();
  private sweeper: NodeJS.Timeout | undefined;
  /** The sweep in flight, if any: close() waits for it, so the pool is never ended under a live query. */
  private sweeping: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly log: FastifyBaseLogger,
    private readonly options: ImportRunnerOptions,
  ) {}

  start(): void {
    this.startSweep();
    this.sweeper = setInterval(() => this.startSweep(), this.options.sweepEveryMs).unref();
  }

  private startSweep(): void {
    if (this.stop.signal.aborted || this.sweeping) return;
    this.sweeping = this.sweep().finally(() => (this.sweeping = undefined));
  }

  /** Starts running an import now, unless it already runs here or the runner is closing. */
  enqueue(importId: string): void {
    if (this.stop.signal.aborted || this.running.has(importId)) return;
    const run = this.run(importId).finally(() => this.running.delete(importId));
    this.running.set(importId, run);
  }

  /** Stops after the batches in flight; what remains is resumed by the next start. */
  async close(): Promise<void> {
    this.stop.abort();
    clearInterval(this.sweeper);
    await this.sweeping;
    await Promise.all(this.running.values());
  }

  private async run(importId: string): Promise<void> {
    let failures = 0;
    while (!this.stop.signal.aborted) {
      try {
        if ((await processImportBatch(this.db, importId, this.options.batchSize)) !== "more") return;
        failures = 0;
      } catch (error) {
        failures += 1;
        this.log.error({ err: error, importId, failures }, "import batch failed");
        if (failures >= this.options.maxAttempts) return this.fail(importId, "The import stopped on an internal error");
        await sleep(this.options.retryDelayMs * 2 ** (failures - 1), undefined, { signal: this.stop.signal }).catch(
          () => undefined,
        );
      }
    }
  }

  private async fail(importId: string, error: string): Promise<void> {
    await this.db.import
      .updateMany({
        where: { id: importId, status: { in: ["QUEUED", "RUNNING"] } },
        data: { status: "FAILED", error, finishedAt: new Date() },
      })
      .catch((err: unknown) => this.log.error({ err, importId }, "could not mark the import failed"));
  }

  private async sweep(): Promise<void> {
    try {
      await this.db.import.updateMany({
        where: { status: "RECEIVING", updatedAt: { lt: new Date(Date.now() - this.options.abandonedUploadMs) } },
        data: { status: "FAILED", error: "The upload was interrupted", finishedAt: new Date() },
      });
      const pending = await this.db.import.findMany({
        where: { status: { in: ["QUEUED", "RUNNING"] } },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
      for (const { id } of pending) this.enqueue(id);
    } catch (error) {
      this.log.warn({ err: error }, "could not look for imports to resume");
    }
  }
}
