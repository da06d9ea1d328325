-- A contact added by hand counts as met on the day it was added (issue 11):
--   firstMetOn = the earliest of the met-at event's date, the first conversation,
--                and the day the contact was added in the owner's time zone.
-- Contacts brought in by the LinkedIn import (tagged 'linkedin') are a list of
-- old connections, not people met that day: they keep counting from their
-- met-at event or first conversation only.

CREATE OR REPLACE FUNCTION traction_refresh_contact_dates(contact_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Contact" k SET
    "firstMetOn" = LEAST(ev.date, conv.first_on, added.added_on),
    "lastContactedOn" = GREATEST(conv.last_on, met.last_done),
    "lastHeardPitchOn" = conv.last_pitch
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
    AND (k."firstMetOn", k."lastContactedOn", k."lastHeardPitchOn")
        IS DISTINCT FROM (LEAST(ev.date, conv.first_on, added.added_on), GREATEST(conv.last_on, met.last_done), conv.last_pitch);
$$;

-- Every contact added by hand gets its dates at once (imports only when they name a met-at event).
CREATE OR REPLACE FUNCTION traction_contacts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM traction_refresh_contact_dates(ARRAY(
    SELECT id FROM new_rows WHERE "metAtEventId" IS NOT NULL OR NOT ('linkedin' = ANY(tags))));
  RETURN NULL;
END $$;

-- Tagging or untagging a contact as imported moves its first-met day.
CREATE FUNCTION traction_contact_tags_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM traction_refresh_contact_dates(ARRAY[NEW.id]);
  RETURN NULL;
END $$;
CREATE TRIGGER contact_tags_changed AFTER UPDATE OF tags ON "Contact"
  FOR EACH ROW WHEN (('linkedin' = ANY(OLD.tags)) IS DISTINCT FROM ('linkedin' = ANY(NEW.tags)))
  EXECUTE FUNCTION traction_contact_tags_changed();

-- Contacts added before this migration.
SELECT traction_refresh_contact_dates(ARRAY(SELECT id FROM "Contact" WHERE NOT ('linkedin' = ANY(tags))));
