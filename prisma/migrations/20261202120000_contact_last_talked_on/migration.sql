-- A contact's latest conversation, kept by PostgreSQL with the other derived
-- dates (migrations contact_derived_dates, contact_added_on), in the writing
-- transaction, whatever the write path:
--   lastTalkedOn   the date of the latest conversation with the contact
-- ("lastContactedOn" also counts one-on-ones, so it cannot answer this.)
--
-- Insights count the people talked to in a period, and those who have not
-- heard the pitch lately, from one index range of each owner's contacts
-- ("lastTalkedOn" in the period, "lastHeardPitchOn" alongside) instead of
-- every conversation–contact link of the period, when none of the owner's
-- conversations is dated after the period (decision 25).

ALTER TABLE "Contact" ADD COLUMN "lastTalkedOn" DATE;

CREATE OR REPLACE FUNCTION traction_refresh_contact_dates(contact_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Contact" k SET
    "firstMetOn" = LEAST(ev.date, conv.first_on, added.added_on),
    "lastContactedOn" = GREATEST(conv.last_on, met.last_done),
    "lastHeardPitchOn" = conv.last_pitch,
    "lastTalkedOn" = conv.last_on
  FROM "Contact" k2
  JOIN "User" u ON u.id = k2."ownerId"
  LEFT JOIN "Event" ev ON ev.id = k2."metAtEventId"
  CROSS JOIN LATERAL (
    SELECT CASE WHEN 'linkedin' = ANY(k2.tags) THEN NULL ELSE (k2."createdAt" AT TIME ZONE u.timezone)::date END AS added_on
  ) added
  LEFT JOIN LATERAL (
    SELECT MIN(c.date) AS first_on, MAX(c.date) AS last_on, MAX(c.date) FILTER (WHERE c."explainedWhatIDo") AS last_pitch
    FROM "ConversationContact" cc JOIN "Conversation" c ON c.id = cc."conversationId"
    WHERE cc."contactId" = k2.id
  ) conv ON true
  LEFT JOIN LATERAL (
    SELECT MAX((m."scheduledAt" AT TIME ZONE 'UTC')::date) AS last_done
    FROM "Meeting" m WHERE m."contactId" = k2.id AND m.status = 'DONE'
  ) met ON true
  WHERE k.id = k2.id AND k.id = ANY(contact_ids)
    AND (k."firstMetOn", k."lastContactedOn", k."lastHeardPitchOn", k."lastTalkedOn")
        IS DISTINCT FROM (LEAST(ev.date, conv.first_on, added.added_on), GREATEST(conv.last_on, met.last_done), conv.last_pitch, conv.last_on);
$$;

-- Conversations written before this migration (link rows carry their conversation's date).
UPDATE "Contact" k SET "lastTalkedOn" = t.last_on
FROM (SELECT "contactId", MAX(date) AS last_on FROM "ConversationContact" GROUP BY "contactId") t
WHERE t."contactId" = k.id;

-- The period's range per owner, read newest first for the evidence, with the pitch date (index-only). It
-- replaces the index of the pitch dates alone, which the insights probed for the same answer.
CREATE INDEX "Contact_ownerId_lastTalkedOn_id_lastHeardPitchOn_idx" ON "Contact"("ownerId", "lastTalkedOn", "id", "lastHeardPitchOn");
DROP INDEX "Contact_ownerId_lastHeardPitchOn_id_idx";
