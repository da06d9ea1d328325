-- Who was talked to, and which conversations named a company, in a period:
-- each conversation ↔ contact and conversation ↔ company row carries its
-- conversation's owner and date, so insights read one owner's rows in a date
-- range from an index instead of joining every user's rows to the period's
-- conversations. PostgreSQL keeps the copies: whatever is written is
-- overwritten from the conversation on insert, and a conversation moved to
-- another date moves its rows.

ALTER TABLE "ConversationContact" ADD COLUMN "ownerId" UUID, ADD COLUMN "date" DATE;
ALTER TABLE "ConversationCompany" ADD COLUMN "ownerId" UUID, ADD COLUMN "date" DATE;

UPDATE "ConversationContact" cc SET "ownerId" = c."ownerId", "date" = c.date
FROM "Conversation" c WHERE c.id = cc."conversationId";
UPDATE "ConversationCompany" cc SET "ownerId" = c."ownerId", "date" = c.date
FROM "Conversation" c WHERE c.id = cc."conversationId";

-- Index-only reads for the insights of a period: conversations counted by week
-- with their two flags, and contacts who heard the pitch recently.
CREATE INDEX "Conversation_ownerId_date_mentionedJobSearch_smallTalkOnly_idx"
  ON "Conversation"("ownerId", "date", "mentionedJobSearch", "smallTalkOnly");
CREATE INDEX "Contact_ownerId_lastHeardPitchOn_id_idx" ON "Contact"("ownerId", "lastHeardPitchOn", "id");
CREATE INDEX "ConversationContact_ownerId_date_contactId_idx" ON "ConversationContact"("ownerId", "date", "contactId");
CREATE INDEX "ConversationCompany_ownerId_date_conversationId_idx" ON "ConversationCompany"("ownerId", "date", "conversationId");

CREATE FUNCTION traction_conversation_link_copy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."ownerId", c.date INTO NEW."ownerId", NEW."date" FROM "Conversation" c WHERE c.id = NEW."conversationId";
  RETURN NEW;
END $$;
CREATE TRIGGER conversation_contact_copy BEFORE INSERT OR UPDATE ON "ConversationContact"
  FOR EACH ROW EXECUTE FUNCTION traction_conversation_link_copy();
CREATE TRIGGER conversation_company_copy BEFORE INSERT OR UPDATE ON "ConversationCompany"
  FOR EACH ROW EXECUTE FUNCTION traction_conversation_link_copy();

CREATE FUNCTION traction_conversation_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ConversationContact" SET "ownerId" = NEW."ownerId", "date" = NEW.date WHERE "conversationId" = NEW.id;
  UPDATE "ConversationCompany" SET "ownerId" = NEW."ownerId", "date" = NEW.date WHERE "conversationId" = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_moved AFTER UPDATE OF date, "ownerId" ON "Conversation"
  FOR EACH ROW WHEN (OLD.date IS DISTINCT FROM NEW.date OR OLD."ownerId" IS DISTINCT FROM NEW."ownerId")
  EXECUTE FUNCTION traction_conversation_moved();
