/** What a scheduled run needs besides the database. */
export interface ScheduleOptions {
  /** The run's "now": tests and the benchmark pass their own clock. */
  now: Date;
  /** Where links in the emails point (the dashboard). */
  publicUrl: string;
  /** Signs the unsubscribe links. */
  secret: string;
  /** The local hour from which a morning's emails go out (digest on Monday, reminders daily). */
  hour: number;
  /** Users per batch (one transaction each). */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 500;
export const TRANSACTION = { maxWait: 10_000, timeout: 120_000 } as const;
