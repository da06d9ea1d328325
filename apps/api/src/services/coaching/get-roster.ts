/**
 * GET /coach/clients and GET /coach/clients/:clientId: every active client
 * (or one) with their health, flags, last activity, this week against their
 * targets and whether they reviewed last week, most in need first.
 *
 * The links are read fresh on every request (a revoked client disappears at
 * once), filtered by name in SQL; the scores come from `scoresOf`, set-based
 * for the clients asked for and cached under each client's data version.
 */
import type { TRosterEntry, TRosterQuery } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";
import type { Page } from "../records/keyset-page.ts";
import { needPage } from "./roster-order.ts";
import { rosterLinks, type RosterLink } from "./roster-links.ts";
import type { ClientScore } from "./score-clients.ts";

export type ScoresOf = (clientIds: string[]) => Promise<Map<string, ClientScore>>;

async function entriesOf(links: RosterLink[], scoresOf: ScoresOf): Promise<TRosterEntry[]> {
  const scores = await scoresOf(links.map((link) => link.client.id));
  return links.map(({ linkId, client, lastReviewWeek, reviewedLastWeek }) => ({
    client,
    linkId,
    ...scores.get(client.id)!,
    lastReviewWeek,
    reviewedLastWeek,
  }));
}

export async function getRoster(
  db: DbClient,
  coachId: string,
  query: TRosterQuery,
  scoresOf: ScoresOf,
  now: Date = new Date(),
): Promise<Page<TRosterEntry>> {
  const entries = await entriesOf(await rosterLinks(db, coachId, { q: query.q }, now), scoresOf);
  const wanted = query.flag ? entries.filter((entry) => entry.flags.includes(query.flag!)) : entries;
  const needOf = (entry: TRosterEntry) => ({
    healthScore: entry.healthScore,
    lastActivityOn: entry.lastActivityOn,
    clientId: entry.client.id,
  });
  return needPage(wanted, needOf, query.limit, query.cursor);
}

/** One client's roster entry; 404 unless the coach has an active link to them. */
export async function getRosterEntry(
  db: DbClient,
  coachId: string,
  clientId: string,
  scoresOf: ScoresOf,
  now: Date = new Date(),
): Promise<TRosterEntry> {
  const [entry] = await entriesOf(await rosterLinks(db, coachId, { clientId }, now), scoresOf);
  if (!entry) throw notFound("Client");
  return entry;
}
