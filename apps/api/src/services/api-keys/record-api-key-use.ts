/**
 * `lastUsedAt`, kept cheaply: at most one UPDATE per key a minute (decided
 * from the value the auth lookup already read), sent without making the
 * request wait. `drain()` waits for the writes in flight, on shutdown.
 */
import type { Database } from "@traction/db";
import type { FastifyBaseLogger } from "fastify";

export const LAST_USED_RESOLUTION_MS = 60_000;

export class ApiKeyUseRecorder {
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Database,
    private readonly log: FastifyBaseLogger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Returns at once; the write, when one is due, goes on in the background. */
  record(keyId: string, lastUsedAt: Date | null): void {
    if (lastUsedAt && this.now() - lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
    if (this.inFlight.has(keyId)) return;
    const write = this.db.$executeRaw`
        UPDATE "ApiKey" SET "lastUsedAt" = now()
        WHERE id = ${keyId}::uuid AND ("lastUsedAt" IS NULL OR "lastUsedAt" < now() - interval '1 minute')`
      .then(() => undefined)
      .catch((error: unknown) => this.log.warn({ err: error, keyId }, "could not record the API key's use"))
      .finally(() => this.inFlight.delete(keyId));
    this.inFlight.set(keyId, write);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight.values());
  }
}
