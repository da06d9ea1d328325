/**
 * A contact's read-only dates, derived on read from the records behind them
 * (met-at event, conversations, one-on-ones done), so they are right whatever
 * the order in which those were written. One query for a whole page.
 */
import type { DbClient } from "../records/db-client.ts";

export interface ContactActivity {
  /** The met-at event's date or the first conversation, whichever is earlier. */
  firstMetOn: Date | null;
  /** The latest conversation or one-on-one done (its scheduled day, UTC). */
  lastContactedOn: Date | null;
  /** The latest conversation in which the jobseeker explained what they do. */
  lastHeardPitchOn: Date | null;
}

export const NO_ACTIVITY: ContactActivity = { firstMetOn: null, lastContactedOn: null, lastHeardPitchOn: null };

export async function contactActivity(
  db: DbClient,
  ownerId: string,
  contactIds: string[],
): Promise<Map<string, ContactActivity>> {
  // LEAST and GREATEST skip NULLs, so either source alone is enough.
  const rows = await db.$queryRaw<Array<ContactActivity & { id: string }>>`
    SELECT c.id::text AS id,
           LEAST(e.date, talks.first_on) AS "firstMetOn",
           GREATEST(talks.last_on, meetings.last_on) AS "lastContactedOn",
           talks.last_pitch_on AS "lastHeardPitchOn"
    FROM "Contact" c
    LEFT JOIN "Event" e ON e.id = c."metAtEventId" AND e."ownerId" = c."ownerId"
    LEFT JOIN LATERAL (
      SELECT MIN(v.date) AS first_on,
             MAX(v.date) AS last_on,
             MAX(v.date) FILTER (WHERE v."explainedWhatIDo") AS last_pitch_on
      FROM "ConversationContact" cc
      JOIN "Conversation" v ON v.id = cc."conversationId" AND v."ownerId" = c."ownerId"
      WHERE cc."contactId" = c.id
    ) talks ON true
    LEFT JOIN LATERAL (
      SELECT MAX((m."scheduledAt" AT TIME ZONE 'UTC')::date) AS last_on
      FROM "Meeting" m
      WHERE m."contactId" = c.id AND m."ownerId" = c."ownerId" AND m.status = 'DONE'
    ) meetings ON true
    WHERE c."ownerId" = ${ownerId}::uuid AND c.id = ANY(${contactIds}::uuid[])`;
  return new Map(rows.map(({ id, ...activity }) => [id, activity]));
}
