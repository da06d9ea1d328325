/**
 * Coach reads are logged without making the request wait for a write: each
 * read goes into memory, and the buffer is written in one INSERT when it holds
 * `maxEntries` or `maxDelayMs` after its first entry, whichever comes first.
 * Writes run one after another; `flush()` resolves when everything recorded so
 * far is in the database (the app calls it on close).
 */
import type { FastifyBaseLogger } from "fastify";
import type { DbClient } from "../records/db-client.ts";
import { insertAccessLog, type AccessRead } from "./insert-access-log.ts";

export interface AccessLogOptions {
  maxEntries: number;
  maxDelayMs: number;
}

export const ACCESS_LOG_DEFAULTS: AccessLogOptions = { maxEntries: 100, maxDelayMs: 250 };

export class AccessLogBuffer {
  private pending: AccessRead[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DbClient,
    private readonly log: FastifyBaseLogger,
    private readonly options: AccessLogOptions = ACCESS_LOG_DEFAULTS,
  ) {}

  record(read: Omit<AccessRead, "at">, at: Date = new Date()): void {
    this.pending.push({ ...read, at });
    if (this.pending.length >= this.options.maxEntries) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.options.maxDelayMs).unref();
  }

  /** Writes what is pending; resolves once every earlier write has finished too. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 0) this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  private async write(batch: AccessRead[]): Promise<void> {
    try {
      await insertAccessLog(this.db, batch);
    } catch (error) {
      this.log.error({ err: error, entries: batch.length }, "could not write the access log");
    }
  }
}
