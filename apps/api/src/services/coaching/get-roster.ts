/**
 * GET /coach/clients and GET /coach/clients/:clientId: every active client
 * (or one) with their health, flags, last activity, this week against their
 * targets and whether they reviewed last week, most in need first.
 *
 * One statement orders, searches, filters and pages the caseload over the
 * stored scores and names the clients whose score is stale (rosterRows); those
 * are recomputed together and stored (scoreClients), and the statement runs
 * once more. A warm roster is that one statement, whatever the caseload.
 */
import type { TRosterEntry, TRosterQuery } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import type { InsightsCache } from "../insights/insights-cache.ts";
import type { DbClient } from "../records/db-client.ts";
import type { Page } from "../records/keyset-page.ts";
import { decodeNeedCursor, needPage } from "./roster-order.ts";
import { rosterRows, type RosterFilter } from "./roster-links.ts";
import { scoreClients } from "./score-clients.ts";

/**
 * The page over fresh scores. After one recomputation the second reading is
 * served as it is: a score that went stale again meanwhile (a write committed
 * while this request ran) is recomputed by the next request.
 */
async function freshRows(
  db: DbClient,
  insights: InsightsCache,
  coachId: string,
  filter: RosterFilter,
  now: Date,
): Promise<TRosterEntry[]> {
  const first = await rosterRows(db, coachId, filter, now);
  if (first.stale.length === 0) return first.page;
  await scoreClients(db, insights, first.stale, now);
  return (await rosterRows(db, coachId, filter, now)).page;
}

export async function getRoster(
  db: DbClient,
  insights: InsightsCache,
  coachId: string,
  query: TRosterQuery,
  now: Date = new Date(),
): Promise<Page<TRosterEntry>> {
  const after = query.cursor === undefined ? undefined : decodeNeedCursor(query.cursor);
  const rows = await freshRows(db, insights, coachId, { q: query.q, flag: query.flag, after, limit: query.limit + 1 }, now);
  return needPage(rows, query.limit);
}

/** One client's roster entry; 404 unless the coach has an active link to them. */
export async function getRosterEntry(
  db: DbClient,
  insights: InsightsCache,
  coachId: string,
  clientId: string,
  now: Date = new Date(),
): Promise<TRosterEntry> {
  const [entry] = await freshRows(db, insights, coachId, { clientId, limit: 1 }, now);
  if (!entry) throw notFound("Client");
  return entry;
}
