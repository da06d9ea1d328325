/** Conversations in total and by week, who was talked to, and whose memory of the pitch is stale, for many owners in one statement. */
import { Prisma, queryRows } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import { type PeriodParams, perOwner } from "./params.ts";

export interface ConversationMetrics {
  conversations: number;
  mentionedSearch: number;
  namedTargetCompany: number;
  smallTalkOnly: number;
  distinctPeople: number;
  pitchStaleContacts: number;
  pitchStaleContactIds: string[];
  /** Evidence: the period's latest conversations, and the latest that did not mention the search (10 each). */
  recentConversationIds: string[];
  silentConversationIds: string[];
  byWeek: Array<{ week: Date; conversations: number; mentionedSearch: number }>;
}

interface Row {
  owner_id: string;
  week: Date | null;
  grouping: number;
  conversations: number;
  mentioned: number;
  named: number | null;
  small_talk: number;
  talked: number | null;
  stale: number | null;
  stale_ids: string[] | null;
  recent_ids: string[] | null;
  silent_ids: string[] | null;
}

export const EMPTY_CONVERSATION_METRICS: ConversationMetrics = {
  conversations: 0,
  mentionedSearch: 0,
  namedTargetCompany: 0,
  smallTalkOnly: 0,
  distinctPeople: 0,
  pitchStaleContacts: 0,
  pitchStaleContactIds: [],
  recentConversationIds: [],
  silentConversationIds: [],
  byWeek: [],
};

export async function conversationMetrics(
  db: DbClient,
  p: PeriodParams,
  pitchStaleDays: number,
): Promise<Map<string, ConversationMetrics>> {
  const week = p.week(Prisma.sql`date`);
  const evidence = !p.lean;
  const latest = Prisma.sql`c."ownerId" = o.id AND c.date BETWEEN ${p.from} AND ${p.to}`;
  const rows = await queryRows<Row>(db, Prisma.sql`
    -- Conversations per owner and day, kept by triggers (migration insights_conversation_days): the folded
    -- days and the changes not folded yet, summed. One row per day of the period, not one per conversation.
    WITH days AS (
      SELECT "ownerId" AS owner_id, day AS date, conversations, "mentionedSearch" AS mentioned, "smallTalkOnly" AS small_talk
      FROM "ConversationDay" WHERE "ownerId" = ANY(${p.owners}) AND day BETWEEN ${p.from} AND ${p.to}
      UNION ALL
      SELECT "ownerId", day, conversations, "mentionedSearch", "smallTalkOnly"
      FROM "ConversationDayChange" WHERE "ownerId" = ANY(${p.owners}) AND day BETWEEN ${p.from} AND ${p.to}
    ),
    -- Link rows carry their conversation's owner and date (migration conversation_links_owner_date):
    -- an index range per owner, never a join of everyone's links to the period's conversations.
    talked AS (
      SELECT DISTINCT cc."ownerId" AS owner_id, cc."contactId" AS id
      FROM "ConversationContact" cc
      WHERE cc."ownerId" = ANY(${p.owners}) AND cc.date BETWEEN ${p.from} AND ${p.to}
    ),
    named AS (
      SELECT x."ownerId" AS owner_id, COUNT(DISTINCT x."conversationId")::int AS named
      FROM "ConversationCompany" x
      WHERE x."ownerId" = ANY(${p.owners}) AND x.date BETWEEN ${p.from} AND ${p.to}
      GROUP BY x."ownerId"
    ),
    -- Who heard the pitch recently: an index range per owner on "lastHeardPitchOn", which triggers
    -- maintain (migration contact_derived_dates). Everyone else talked to is stale.
    pitched AS (
      SELECT k."ownerId" AS owner_id, k.id FROM "Contact" k
      WHERE k."ownerId" = ANY(${p.owners}) AND k."lastHeardPitchOn" > ${p.to} - ${pitchStaleDays}::int
    ),
    people AS (
      SELECT t.owner_id, COUNT(*)::int AS talked,
        COUNT(*) FILTER (WHERE pitched.id IS NULL)::int AS stale,
        ${evidence ? Prisma.sql`(array_agg(t.id::text ORDER BY t.id) FILTER (WHERE pitched.id IS NULL))[1:10]` : Prisma.sql`NULL::text[]`} AS stale_ids
      FROM talked t LEFT JOIN pitched ON pitched.owner_id = t.owner_id AND pitched.id = t.id
      GROUP BY t.owner_id
    ),
    -- The latest ten of each owner, read from the top of "Conversation" (ownerId, date DESC, id DESC);
    -- none when no evidence is asked for (cohort benchmarks), as they cost two probes per owner.
    recent AS (
      SELECT o.id AS owner_id,
        ${evidence ? Prisma.sql`ARRAY(SELECT c.id::text FROM "Conversation" c WHERE ${latest} ORDER BY c.date DESC, c.id LIMIT 10)` : Prisma.sql`NULL::text[]`} AS recent_ids,
        ${evidence ? Prisma.sql`ARRAY(SELECT c.id::text FROM "Conversation" c WHERE ${latest} AND NOT c."mentionedJobSearch"
          ORDER BY c.date DESC, c.id LIMIT 10)` : Prisma.sql`NULL::text[]`} AS silent_ids
      FROM unnest(${p.owners}) AS o(id)
    ),
    grouped AS (
      SELECT owner_id, ${week} AS week, GROUPING(${week})::int AS grouping,
        SUM(conversations)::int AS conversations, SUM(mentioned)::int AS mentioned, SUM(small_talk)::int AS small_talk
      FROM days
      GROUP BY GROUPING SETS ((owner_id), (owner_id, ${week}))
      -- Days whose conversations were all deleted or moved sum to nothing.
      HAVING SUM(conversations) > 0
    )
    SELECT grouped.owner_id::text, grouped.week, grouped.grouping, grouped.conversations, grouped.mentioned,
      named.named, grouped.small_talk, people.talked, people.stale, people.stale_ids,
      recent.recent_ids, recent.silent_ids
    FROM grouped
    LEFT JOIN recent ON recent.owner_id = grouped.owner_id AND grouped.grouping = 1
    LEFT JOIN people ON people.owner_id = grouped.owner_id AND grouped.grouping = 1
    LEFT JOIN named ON named.owner_id = grouped.owner_id AND grouped.grouping = 1`);
  const result = new Map<string, ConversationMetrics>();
  for (const [owner, ownRows] of perOwner(rows)) {
    const total = ownRows.find((row) => row.grouping === 1)!;
    result.set(owner, {
      conversations: total.conversations,
      mentionedSearch: total.mentioned,
      namedTargetCompany: total.named ?? 0,
      smallTalkOnly: total.small_talk,
      distinctPeople: total.talked ?? 0,
      pitchStaleContacts: total.stale ?? 0,
      pitchStaleContactIds: total.stale_ids ?? [],
      recentConversationIds: total.recent_ids ?? [],
      silentConversationIds: total.silent_ids ?? [],
      byWeek: ownRows
        .filter((row) => row.grouping === 0)
        .map((row) => ({ week: row.week!, conversations: row.conversations, mentionedSearch: row.mentioned })),
    });
  }
  return result;
}
