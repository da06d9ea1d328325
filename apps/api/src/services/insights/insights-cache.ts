/**
 * Computed insights, kept under the data version they were computed at.
 *
 * - An entry is used only while its owner's data version (read fresh from the
 *   database on every request, one statement for all owners asked) is still
 *   the one it was computed at. Any committed write, through any process or
 *   none, moves the version: nothing written is ever hidden.
 * - The key holds the period, its "now" and the owners' time zone, so an
 *   entry for today is not used tomorrow, nor for another time zone.
 * - Owners missing from the cache are computed together, set-based, and
 *   concurrent requests missing the same owners at the same versions share one
 *   computation.
 * - A computation stores what it computed under the versions read before it
 *   started: if a write lands meanwhile, the result is at least as new as its
 *   version, and the next request sees the newer version and recomputes.
 * - At most `maxEntries` entries, least recently used evicted first;
 *   `maxEntries: 0` turns caching off (every request computes).
 */
import type { TInsights } from "@traction/schemas";
import { byTimeZone } from "./data-versions.ts";
import { isoDate } from "./queries/params.ts";
import { resolvePeriod, type Period } from "./period.ts";

export interface InsightsSource {
  /** Each owner's current data version. */
  versions(ownerIds: readonly string[]): Promise<Map<string, string>>;
  /** Insights for every owner in `ownerIds` over `period`. */
  /** `versions`: each owner's data version as read before computing, when the cache read them. */
  compute(ownerIds: readonly string[], period: Period, versions?: ReadonlyMap<string, string>): Promise<Map<string, TInsights>>;
  /** Each owner's IANA time zone (absent: everyone is in UTC). */
  timeZones?(ownerIds: readonly string[]): Promise<Map<string, string>>;
}

export interface PeriodQuery {
  from?: Date | undefined;
  to?: Date | undefined;
}

export interface InsightsCacheStats {
  hits: number;
  misses: number;
  entries: number;
}

const periodKey = (period: Period) =>
  `${isoDate(period.from)}/${isoDate(period.to)}@${isoDate(period.asOf)} ${period.timeZone ?? "UTC"}`;

export class InsightsCache {
  private readonly entries = new Map<string, { version: string; insights: TInsights }>();
  private readonly inFlight = new Map<string, Promise<Map<string, TInsights>>>();
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly source: InsightsSource,
    private readonly maxEntries: number,
  ) {}

  async get(ownerIds: readonly string[], period: Period): Promise<Map<string, TInsights>> {
    if (this.maxEntries === 0) {
      this.misses += ownerIds.length;
      return this.source.compute(ownerIds, period);
    }
    const scope = periodKey(period);
    const versions = await this.source.versions(ownerIds);
    const result = new Map<string, TInsights>();
    const missing: string[] = [];
    for (const ownerId of ownerIds) {
      const key = `${ownerId} ${scope}`;
      const entry = this.entries.get(key);
      if (entry && entry.version === versions.get(ownerId)) {
        // Most recently used last: Map keeps insertion order.
        this.entries.delete(key);
        this.entries.set(key, entry);
        result.set(ownerId, entry.insights);
      } else missing.push(ownerId);
    }
    this.hits += result.size;
    this.misses += missing.length;
    if (missing.length > 0) {
      for (const [ownerId, insights] of await this.computeOnce(missing.sort(), period, scope, versions))
        result.set(ownerId, insights);
    }
    return result;
  }

  /**
   * Insights over a query's period as each owner sees it: "today" (and so the
   * default period and this week) in the owner's own time zone. Owners sharing
   * a time zone are computed together.
   */
  async forQuery(ownerIds: readonly string[], query: PeriodQuery, now: Date = new Date()): Promise<Map<string, TInsights>> {
    const zones = this.source.timeZones ? await this.source.timeZones(ownerIds) : new Map<string, string>();
    const groups = byTimeZone(ownerIds, zones);
    const parts = await Promise.all([...groups].map(([zone, owners]) => this.get(owners, resolvePeriod(query, now, zone))));
    return new Map(parts.flatMap((part) => [...part]));
  }

  stats(): InsightsCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size };
  }

  private computeOnce(
    ownerIds: string[],
    period: Period,
    scope: string,
    versions: Map<string, string>,
  ): Promise<Map<string, TInsights>> {
    const flightKey = `${scope} ${ownerIds.map((ownerId) => `${ownerId}=${versions.get(ownerId)}`).join(",")}`;
    let pending = this.inFlight.get(flightKey);
    if (!pending) {
      pending = this.source
        .compute(ownerIds, period, versions)
        .then((computed) => {
          for (const [ownerId, insights] of computed) this.keep(`${ownerId} ${scope}`, versions.get(ownerId)!, insights);
          return computed;
        })
        .finally(() => this.inFlight.delete(flightKey));
      this.inFlight.set(flightKey, pending);
    }
    return pending;
  }

  private keep(key: string, version: string, insights: TInsights): void {
    this.entries.delete(key);
    this.entries.set(key, { version, insights });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
