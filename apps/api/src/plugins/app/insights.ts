/**
 * `app.insights`: every owner's insights through one InsightsCache, shared by
 * the insights route, the coach's view of a client and the roster. Also folds
 * the data-change log every DATA_CHANGE_FOLD_SECONDS so that reading a version
 * stays a short index scan (folding never moves a version), and the
 * conversation-day changes into one row per owner and day (folding never
 * moves a sum).
 */
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import {
  dataVersions,
  foldConversationDays,
  foldDataChanges,
  timeZones,
} from "../../services/insights/data-versions.ts";
import { computeInsights } from "../../services/insights/get-insights.ts";
import { InsightsCache } from "../../services/insights/insights-cache.ts";

declare module "fastify" {
  interface FastifyInstance {
    insights: InsightsCache;
  }
}

export default fp(
  async function insightsPlugin(app: FastifyInstance) {
    const cache = new InsightsCache(
      {
        versions: (ownerIds) => dataVersions(app.db, ownerIds),
        // On the replica when it has replayed these owners' writes (read-your-writes), else on the primary.
        compute: async (ownerIds, period, versions) =>
          computeInsights(await app.reads.forOwners(ownerIds, versions), ownerIds, period),
        timeZones: (ownerIds) => timeZones(app.db, ownerIds),
      },
      app.config.INSIGHTS_CACHE_ENTRIES,
    );
    app.decorate("insights", cache);

    let folding: Promise<void> | undefined;
    const fold = () => {
      folding ??= Promise.all([foldDataChanges(app.db), foldConversationDays(app.db)])
        .then(([folded, days]) => app.log.debug({ folded, days }, "data changes and conversation days folded"))
        .catch((error: unknown) => app.log.warn({ err: error }, "folding data changes failed"))
        .finally(() => (folding = undefined));
    };
    const timer = setInterval(fold, app.config.DATA_CHANGE_FOLD_SECONDS * 1000).unref();
    // Before the database plugin's onClose ends the pool (hooks run in reverse order of registration).
    app.addHook("onClose", async () => {
      clearInterval(timer);
      await folding;
    });
  },
  { name: "insights", dependencies: ["config", "database"] },
);
