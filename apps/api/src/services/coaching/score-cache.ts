/**
 * Client scores, kept for a short while so that a coach paging through or
 * refreshing a large roster does not re-aggregate the whole caseload each time.
 *
 * - Entries live `ttlMs`; a client's entry is dropped at once when they (or a
 *   coach, for them) write anything through this API process (`invalidate`),
 *   so the roster never lags behind what was just recorded here.
 * - Missing entries are computed together, set-based, and concurrent requests
 *   missing the same clients share one computation.
 * - A computation that raced with an invalidation is used for its request but
 *   not kept.
 */
import type { ClientScore } from "./score-clients.ts";

export interface ScoreCacheOptions {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}

export const SCORE_CACHE_DEFAULTS: ScoreCacheOptions = { ttlMs: 60_000, maxEntries: 100_000 };

type Compute = (clientIds: string[]) => Promise<Map<string, ClientScore>>;

export class ScoreCache {
  private readonly entries = new Map<string, { expiresAt: number; score: ClientScore }>();
  private readonly generations = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<Map<string, ClientScore>>>();
  private readonly now: () => number;

  constructor(private readonly options: ScoreCacheOptions = SCORE_CACHE_DEFAULTS) {
    this.now = options.now ?? Date.now;
  }

  async scores(clientIds: readonly string[], compute: Compute): Promise<Map<string, ClientScore>> {
    const now = this.now();
    const result = new Map<string, ClientScore>();
    const missing: string[] = [];
    for (const clientId of clientIds) {
      const entry = this.entries.get(clientId);
      if (entry && entry.expiresAt > now) result.set(clientId, entry.score);
      else missing.push(clientId);
    }
    if (missing.length > 0) {
      for (const [clientId, score] of await this.computeOnce(missing.sort(), compute)) result.set(clientId, score);
    }
    return result;
  }

  invalidate(clientId: string): void {
    this.entries.delete(clientId);
    this.generations.set(clientId, (this.generations.get(clientId) ?? 0) + 1);
  }

  private computeOnce(clientIds: string[], compute: Compute): Promise<Map<string, ClientScore>> {
    const key = clientIds.join(",");
    let pending = this.inFlight.get(key);
    if (!pending) {
      const started = new Map(clientIds.map((clientId) => [clientId, this.generations.get(clientId) ?? 0]));
      pending = compute(clientIds)
        .then((scores) => {
          this.keep(scores, started);
          return scores;
        })
        .finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  private keep(scores: Map<string, ClientScore>, started: Map<string, number>): void {
    if (this.entries.size + scores.size > this.options.maxEntries) this.evictExpired();
    const expiresAt = this.now() + this.options.ttlMs;
    for (const [clientId, score] of scores) {
      if ((this.generations.get(clientId) ?? 0) !== started.get(clientId)) continue;
      if (this.entries.size >= this.options.maxEntries) break;
      this.entries.set(clientId, { expiresAt, score });
    }
  }

  private evictExpired(): void {
    const now = this.now();
    for (const [clientId, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(clientId);
  }
}
