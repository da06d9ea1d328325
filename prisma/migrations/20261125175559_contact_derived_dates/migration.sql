-- A contact's derived dates, kept by PostgreSQL itself in the same transaction
-- as the change that moves them, whatever the write path (API, import, seed):
--   firstMetOn       the earlier of the met-at event's date and the first conversation
--   lastContactedOn  the latest conversation or one-on-one done
--   lastHeardPitchOn the latest conversation in which the jobseeker explained what they do
-- Insights and the contact list read these columns instead of aggregating
-- conversations per contact on every request.

ALTER TABLE "Contact" ADD COLUMN "firstMetOn" DATE,
                      ADD COLUMN "lastContactedOn" DATE,
                      ADD COLUMN "lastHeardPitchOn" DATE;

CREATE INDEX "Contact_ownerId_firstMetOn_idx" ON "Contact"("ownerId", "firstMetOn");

-- Conversation dates per contact, by the contact: makes MIN/MAX an index scan.
CREATE INDEX "ConversationContact_contactId_conversationId_idx" ON "ConversationContact"("contactId", "conversationId");

CREATE FUNCTION traction_refresh_contact_dates(contact_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Contact" k SET
    "firstMetOn" = LEAST(ev.date, conv.first_on),
    "lastContactedOn" = GREATEST(conv.last_on, met.last_done),
    "lastHeardPitchOn" = conv.last_pitch
  FROM "Contact" k2
  LEFT JOIN "Event" ev ON ev.id = k2."metAtEventId"
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
        IS DISTINCT FROM (LEAST(ev.date, conv.first_on), GREATEST(conv.last_on, met.last_done), conv.last_pitch);
$$;

-- Conversation ↔ contact rows added or removed (statement level: bulk inserts refresh once).
CREATE FUNCTION traction_conversation_contacts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM traction_refresh_contact_dates(ARRAY(SELECT DISTINCT "contactId" FROM old_rows));
  ELSE
    PERFORM traction_refresh_contact_dates(ARRAY(SELECT DISTINCT "contactId" FROM new_rows));
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_contacts_inserted AFTER INSERT ON "ConversationContact"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION traction_conversation_contacts_changed();
CREATE TRIGGER conversation_contacts_deleted AFTER DELETE ON "ConversationContact"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION traction_conversation_contacts_changed();

-- A conversation's date or pitch flag changed.
CREATE FUNCTION traction_conversations_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM traction_refresh_contact_dates(ARRAY(
    SELECT DISTINCT cc."contactId" FROM new_rows n
    JOIN old_rows o ON o.id = n.id
    JOIN "ConversationContact" cc ON cc."conversationId" = n.id
    WHERE n.date IS DISTINCT FROM o.date OR n."explainedWhatIDo" IS DISTINCT FROM o."explainedWhatIDo"));
  RETURN NULL;
END $$;
CREATE TRIGGER conversations_updated AFTER UPDATE ON "Conversation"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION traction_conversations_changed();

-- A contact created, or its met-at event changed (also when the event is deleted: ON DELETE SET NULL).
CREATE FUNCTION traction_contacts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM traction_refresh_contact_dates(ARRAY(SELECT id FROM new_rows WHERE "metAtEventId" IS NOT NULL));
  RETURN NULL;
END $$;
CREATE TRIGGER contacts_inserted AFTER INSERT ON "Contact"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION traction_contacts_inserted();

CREATE FUNCTION traction_contact_met_at_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM traction_refresh_contact_dates(ARRAY[NEW.id]);
  RETURN NULL;
END $$;
CREATE TRIGGER contact_met_at_changed AFTER UPDATE OF "metAtEventId" ON "Contact"
  FOR EACH ROW WHEN (OLD."metAtEventId" IS DISTINCT FROM NEW."metAtEventId") EXECUTE FUNCTION traction_contact_met_at_changed();

-- An event moved to another date.
CREATE FUNCTION traction_event_date_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM traction_refresh_contact_dates(ARRAY(SELECT id FROM "Contact" WHERE "metAtEventId" = NEW.id));
  RETURN NULL;
END $$;
CREATE TRIGGER event_date_changed AFTER UPDATE OF date ON "Event"
  FOR EACH ROW WHEN (OLD.date IS DISTINCT FROM NEW.date) EXECUTE FUNCTION traction_event_date_changed();

-- One-on-ones done count as contact.
CREATE FUNCTION traction_meetings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM traction_refresh_contact_dates(ARRAY[OLD."contactId"]); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM traction_refresh_contact_dates(ARRAY[NEW."contactId"]); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER meetings_changed AFTER INSERT OR DELETE OR UPDATE OF status, "scheduledAt", "contactId" ON "Meeting"
  FOR EACH ROW EXECUTE FUNCTION traction_meetings_changed();
