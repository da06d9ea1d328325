-- Sync: record lists by "updatedAt" (updatedSince), and tombstones of deleted records for
-- GET /api/v1/deletions, written by triggers so every path (a delete, a venue's cascade, a merge,
-- a conversation's follow-up task) leaves one. An account's own deletion leaves none: nobody is
-- left to read them.

CREATE TABLE "Deletion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ownerId" UUID NOT NULL,
    "resource" TEXT NOT NULL,
    "recordId" UUID NOT NULL,
    "deletedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deletion_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Deletion_ownerId_deletedAt_id_idx" ON "Deletion"("ownerId", "deletedAt", "id");
CREATE INDEX "Deletion_deletedAt_idx" ON "Deletion"("deletedAt");

CREATE INDEX "Venue_ownerId_updatedAt_id_idx" ON "Venue"("ownerId", "updatedAt", "id");
CREATE INDEX "Event_ownerId_updatedAt_id_idx" ON "Event"("ownerId", "updatedAt", "id");
CREATE INDEX "Contact_ownerId_updatedAt_id_idx" ON "Contact"("ownerId", "updatedAt", "id");
CREATE INDEX "Company_ownerId_updatedAt_id_idx" ON "Company"("ownerId", "updatedAt", "id");
CREATE INDEX "Conversation_ownerId_updatedAt_id_idx" ON "Conversation"("ownerId", "updatedAt", "id");
CREATE INDEX "Meeting_ownerId_updatedAt_id_idx" ON "Meeting"("ownerId", "updatedAt", "id");
CREATE INDEX "Lead_ownerId_updatedAt_id_idx" ON "Lead"("ownerId", "updatedAt", "id");
CREATE INDEX "Task_ownerId_updatedAt_id_idx" ON "Task"("ownerId", "updatedAt", "id");
CREATE INDEX "Post_ownerId_updatedAt_id_idx" ON "Post"("ownerId", "updatedAt", "id");
CREATE INDEX "Review_ownerId_updatedAt_id_idx" ON "Review"("ownerId", "updatedAt", "id");

CREATE FUNCTION traction_record_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "Deletion" ("ownerId", resource, "recordId")
  SELECT gone."ownerId", TG_ARGV[0], gone.id FROM old_rows gone
  WHERE EXISTS (SELECT 1 FROM "User" u WHERE u.id = gone."ownerId");
  RETURN NULL;
END $$;

DO $$
DECLARE
  pair text[];
BEGIN
  FOREACH pair SLICE 1 IN ARRAY ARRAY[['Venue', 'venues'], ['Event', 'events'], ['Contact', 'contacts'],
    ['Company', 'companies'], ['Conversation', 'conversations'], ['Meeting', 'meetings'], ['Lead', 'leads'],
    ['Task', 'tasks'], ['Post', 'posts']] LOOP
    EXECUTE format('CREATE TRIGGER record_deleted AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION traction_record_deleted(%L)', pair[1], pair[2]);
  END LOOP;
END $$;
