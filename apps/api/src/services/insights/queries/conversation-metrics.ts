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
  const { week, grouping, sets } = p.groups(Prisma.sql`date`);
  const evidence = !p.lean;
  const latest = Prisma.sql`c."ownerId" = o.owner_id AND c.date BETWEEN ${p.from} AND ${p.to}`;
  /** Not told what the jobseeker does within the last N days of the period (never, or before). */
  const stale = (pitchOn: Prisma.Sql) => Prisma.sql`(${pitchOn} IS NULL OR ${pitchOn} <= ${p.to} - ${pitchStaleDays}::int)`;
  // The ten stale people talked to most lately: from the contacts' "lastTalkedOn" range, or the period's links.
  const heardStale = stale(Prisma.sql`k."lastHeardPitchOn"`);
  const staleIds = Prisma.sql`CASE WHEN o.late THEN ARRAY(
      SELECT cc."contactId"::text FROM "ConversationContact" cc JOIN "Contact" k ON k.id = cc."contactId"
      WHERE cc."ownerId" = o.owner_id AND cc.date BETWEEN ${p.from} AND ${p.to} AND ${heardStale}
      GROUP BY cc."contactId" ORDER BY MAX(cc.date) DESC, cc."contactId" DESC LIMIT 10)
    ELSE ARRAY(
      SELECT k.id::text FROM "Contact" k
      WHERE k."ownerId" = o.owner_id AND k."lastTalkedOn" BETWEEN ${p.from} AND ${p.to} AND ${heardStale}
      ORDER BY k."lastTalkedOn" DESC, k.id DESC LIMIT 10) END`;
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
    -- Who was talked to in the period, and whether they heard the pitch lately: each contact's latest
    -- conversation ("lastTalkedOn") and pitch ("lastHeardPitchOn"), kept by triggers (migrations
    -- contact_derived_dates, contact_last_talked_on), read from one index range per owner. That answers for
    -- an owner none of whose conversations is dated after the period (a period up to today); for the others
    -- ("late"), the period's link rows, which carry their conversation's owner and date.
    owners AS (
      SELECT o.id AS owner_id,
        EXISTS (SELECT 1 FROM "Contact" k WHERE k."ownerId" = o.id AND k."lastTalkedOn" > ${p.to}) AS late
      FROM unnest(${p.owners}) AS o(id)
    ),
    -- Counted per owner (a plain aggregate over each owner's rows: no sort, no hash), apart: inlined, its
    -- lateral join made the planner join it to the days by nested loop (500 owners: 500 × 1,000 rows).
    people AS MATERIALIZED (
      SELECT o.owner_id, f.talked, f.stale
      FROM owners o
      CROSS JOIN LATERAL (
        SELECT COUNT(*)::int AS talked, COUNT(*) FILTER (WHERE ${stale(Prisma.sql`t.pitch_on`)})::int AS stale
        FROM (
          SELECT k."lastHeardPitchOn" AS pitch_on FROM "Contact" k
          WHERE NOT o.late AND k."ownerId" = o.owner_id AND k."lastTalkedOn" BETWEEN ${p.from} AND ${p.to}
          UNION ALL
          SELECT k."lastHeardPitchOn" FROM "Contact" k
          WHERE o.late AND k.id IN (
            SELECT cc."contactId" FROM "ConversationContact" cc
            WHERE cc."ownerId" = o.owner_id AND cc.date BETWEEN ${p.from} AND ${p.to})
        ) t
      ) f
    ),
    named AS (
      SELECT x."ownerId" AS owner_id, COUNT(DISTINCT x."conversationId")::int AS named
      FROM "ConversationCompany" x
      WHERE x."ownerId" = ANY(${p.owners}) AND x.date BETWEEN ${p.from} AND ${p.to}
      GROUP BY x."ownerId"
    ),
    -- Evidence, ten of each: the latest conversations, the latest that did not mention the search (from the
    -- top of "Conversation" (ownerId, date DESC, id DESC)), and the people talked to most lately who have not
    -- heard the pitch (from the top of the contacts' "lastTalkedOn" range). None when no evidence is asked
    -- for (cohort benchmarks). Apart, so once per owner: inlined, they ran once for each of the owner's weeks.
    recent AS MATERIALIZED (
      SELECT o.owner_id,
        ${evidence ? Prisma.sql`ARRAY(SELECT c.id::text FROM "Conversation" c WHERE ${latest} ORDER BY c.date DESC, c.id LIMIT 10)` : Prisma.sql`NULL::text[]`} AS recent_ids,
        ${evidence ? Prisma.sql`ARRAY(SELECT c.id::text FROM "Conversation" c WHERE ${latest} AND NOT c."mentionedJobSearch"
          ORDER BY c.date DESC, c.id LIMIT 10)` : Prisma.sql`NULL::text[]`} AS silent_ids,
        ${evidence ? staleIds : Prisma.sql`NULL::text[]`} AS stale_ids
      FROM owners o
    ),
    grouped AS (
      SELECT owner_id, ${week} AS week, ${grouping}::int AS grouping,
        SUM(conversations)::int AS conversations, SUM(mentioned)::int AS mentioned, SUM(small_talk)::int AS small_talk
      FROM days
      GROUP BY ${sets}
      -- Days whose conversations were all deleted or moved sum to nothing.
      HAVING SUM(conversations) > 0
    )
    SELECT grouped.owner_id::text, grouped.week, grouped.grouping, grouped.conversations, grouped.mentioned,
      named.named, grouped.small_talk, people.talked, people.stale, recent.stale_ids,
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
