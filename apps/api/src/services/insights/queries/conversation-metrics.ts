/** Conversations by week and in total, who was talked to, and whose memory of the pitch is stale: one statement. */
import { Prisma } from "@traction/db";
import type { DbClient } from "../../records/db-client.ts";
import { type PeriodParams, weekOf } from "./params.ts";

export interface ConversationMetrics {
  conversations: number;
  mentionedSearch: number;
  namedTargetCompany: number;
  smallTalkOnly: number;
  distinctPeople: number;
  pitchStaleContacts: number;
  pitchStaleContactIds: string[];
  byWeek: Array<{ week: Date; conversations: number; mentionedSearch: number }>;
  postsPublished: number;
}

interface Row {
  week: Date | null;
  grouping: number;
  conversations: number;
  mentioned: number;
  named: number;
  small_talk: number;
  talked: number;
  stale: number;
  stale_ids: string[];
  posts: number;
}

export async function conversationMetrics(db: DbClient, p: PeriodParams, pitchStaleDays: number): Promise<ConversationMetrics> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    WITH conv AS (
      SELECT c.id, c.date, c."mentionedJobSearch", c."smallTalkOnly",
        EXISTS (SELECT 1 FROM "ConversationCompany" x WHERE x."conversationId" = c.id) AS named
      FROM "Conversation" c
      WHERE c."ownerId" = ${p.owner} AND c.date BETWEEN ${p.from} AND ${p.to}
    ),
    talked AS (
      SELECT DISTINCT cc."contactId" AS id FROM conv JOIN "ConversationContact" cc ON cc."conversationId" = conv.id
    ),
    stale AS (
      SELECT t.id FROM talked t
      WHERE NOT EXISTS (
        SELECT 1 FROM "ConversationContact" cc JOIN "Conversation" c ON c.id = cc."conversationId"
        WHERE cc."contactId" = t.id AND c."explainedWhatIDo"
          AND c.date > ${p.to} - ${pitchStaleDays}::int AND c.date <= ${p.to}
      )
    ),
    grouped AS (
      SELECT ${weekOf(Prisma.sql`date`)} AS week, GROUPING(${weekOf(Prisma.sql`date`)})::int AS grouping,
        COUNT(*)::int AS conversations,
        COUNT(*) FILTER (WHERE "mentionedJobSearch")::int AS mentioned,
        COUNT(*) FILTER (WHERE named)::int AS named,
        COUNT(*) FILTER (WHERE "smallTalkOnly")::int AS small_talk
      FROM conv
      GROUP BY GROUPING SETS ((), (${weekOf(Prisma.sql`date`)}))
    )
    SELECT grouped.*,
      (SELECT COUNT(*) FROM talked)::int AS talked,
      (SELECT COUNT(*) FROM stale)::int AS stale,
      ARRAY(SELECT id::text FROM stale ORDER BY id LIMIT 10) AS stale_ids,
      (SELECT COUNT(*) FROM "Post" WHERE "ownerId" = ${p.owner} AND "publishedOn" BETWEEN ${p.from} AND ${p.to})::int AS posts
    FROM grouped`);
  const total = rows.find((row) => row.grouping === 1)!;
  return {
    conversations: total.conversations,
    mentionedSearch: total.mentioned,
    namedTargetCompany: total.named,
    smallTalkOnly: total.small_talk,
    distinctPeople: total.talked,
    pitchStaleContacts: total.stale,
    pitchStaleContactIds: total.stale_ids,
    byWeek: rows
      .filter((row) => row.grouping === 0)
      .map((row) => ({ week: row.week!, conversations: row.conversations, mentionedSearch: row.mentioned })),
    postsPublished: total.posts,
  };
}
