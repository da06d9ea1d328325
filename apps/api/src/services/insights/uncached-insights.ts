import { computeInsights } from "./get-insights.ts";
import { timeZones } from "./data-versions.ts";
import { InsightsCache } from "./insights-cache.ts";
import type { DbClient } from "../records/db-client.ts";

/**
 * The insights service without its cache, for jobs that read thousands of
 * owners once (the weekly digest): the same `forQuery` and `computeInsights`
 * as `GET /insights`, so the numbers are the same, without evicting what the
 * dashboard's readers keep.
 */
export function uncachedInsights(db: DbClient): InsightsCache {
  return new InsightsCache(
    {
      versions: () => Promise.resolve(new Map()),
      compute: (ownerIds, period) => computeInsights(db, ownerIds, period),
      timeZones: (ownerIds) => timeZones(db, ownerIds),
    },
    0,
  );
}
