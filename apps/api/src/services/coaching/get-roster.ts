/**
 * GET /coach/clients: every active client with their health, flags, last
 * activity and this week against their targets, most in need first.
 *
 * The links are read fresh on every request (a revoked client disappears at
 * once); the scores come from `scoresOf`, set-based for the whole caseload.
 */
import type { TRosterEntry, TRosterQuery } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import type { Page } from "../records/keyset-page.ts";
import { needPage } from "./roster-order.ts";
import type { ClientScore } from "./score-clients.ts";

export type ScoresOf = (clientIds: string[]) => Promise<Map<string, ClientScore>>;

export async function getRoster(
  db: DbClient,
  coachId: string,
  query: TRosterQuery,
  scoresOf: ScoresOf,
): Promise<Page<TRosterEntry>> {
  // Raw SQL: a caseload is hundreds of rows, and the query builder's relation loading costs ten times the query.
  const links = await db.$queryRaw<Array<{ id: string; client: { id: string; name: string } }>>`
    SELECT l.id::text AS id, json_build_object('id', u.id, 'name', u.name) AS client
    FROM "CoachLink" l JOIN "User" u ON u.id = l."clientId"
    WHERE l."coachId" = ${coachId}::uuid AND l.status = 'ACTIVE'`;
  const needle = query.q?.toLocaleLowerCase();
  const wanted = needle ? links.filter((link) => link.client.name.toLocaleLowerCase().includes(needle)) : links;
  const scores = await scoresOf(wanted.map((link) => link.client.id));
  const entries = wanted
    .map((link): TRosterEntry => ({ client: link.client, linkId: link.id, ...scores.get(link.client.id)! }))
    .filter((entry) => !query.flag || entry.flags.includes(query.flag));
  const needOf = (entry: TRosterEntry) => ({
    healthScore: entry.healthScore,
    lastActivityOn: entry.lastActivityOn,
    clientId: entry.client.id,
  });
  return needPage(entries, needOf, query.limit, query.cursor);
}
