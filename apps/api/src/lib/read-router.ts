/**
 * Reads that tolerate a little lag — insights recomputed for their owners,
 * rosters, benchmarks — may go to a streaming replica (`DATABASE_REPLICA_URL`),
 * but never show an owner less than the primary has committed for them
 * (read-your-writes, also for writes through another process, an import or a
 * script). The test is the owners' data versions (decision 8), which every
 * committed write moves and which the replica replays like any other row:
 * the replica serves a read only when, for every owner in it, its version has
 * reached the one the caller read from the primary. Otherwise, or when the
 * replica cannot be reached, the primary serves it.
 */
import type { Database } from "@traction/db";
import type { FastifyBaseLogger } from "fastify";
import { dataVersions } from "../services/insights/data-versions.ts";
import type { DbClient } from "../services/records/db-client.ts";

export type ReadTarget = "primary" | "replica";

export class ReadRouter {
  private readonly served: Record<ReadTarget, number> = { primary: 0, replica: 0 };

  constructor(
    private readonly primary: Database,
    private readonly replica: Database | undefined,
    private readonly log?: FastifyBaseLogger,
  ) {}

  get hasReplica(): boolean {
    return this.replica !== undefined;
  }

  /** How many reads each side served, for tests and metrics. */
  get counts(): Readonly<Record<ReadTarget, number>> {
    return { ...this.served };
  }

  /**
   * Where to read `ownerIds`' data: the replica when it has caught up with
   * `versions` (each owner's version on the primary; read here when not given).
   */
  async forOwners(ownerIds: readonly string[], versions?: ReadonlyMap<string, string>): Promise<DbClient> {
    if (!this.replica || ownerIds.length === 0) return this.use("primary");
    try {
      const wanted = versions ?? (await dataVersions(this.primary, ownerIds));
      const replayed = await dataVersions(this.replica, ownerIds);
      const caughtUp = ownerIds.every((ownerId) => BigInt(replayed.get(ownerId) ?? "0") >= BigInt(wanted.get(ownerId) ?? "0"));
      return this.use(caughtUp ? "replica" : "primary");
    } catch (error) {
      // A replica that is down or restarting must not fail the read: the primary has everything.
      this.log?.warn({ err: error }, "read replica unavailable; reading from the primary");
      return this.use("primary");
    }
  }

  private use(target: ReadTarget): DbClient {
    this.served[target] += 1;
    return target === "replica" ? this.replica! : this.primary;
  }
}
