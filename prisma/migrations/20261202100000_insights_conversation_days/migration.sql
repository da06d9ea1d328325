-- Cheaper computed insights (decision 22).
--
-- 1. Conversations per owner and day, kept by triggers in the writing
--    transaction, so that a period's counts read one row per day instead of
--    every conversation (a heavy user's year: 365 rows, not 50,000). A
--    conversation's date is already its owner's calendar day, so no time zone
--    is involved and a change of time zone moves nothing.
--
--    Writers never update a shared row (as with "DataChange", decision 8): each
--    write statement appends its net change per owner and day to
--    "ConversationDayChange"; `traction_fold_conversation_days()` (run by the
--    API with the data-change fold) moves committed changes into
--    "ConversationDay", one row per owner and day. A period's figures are the
--    sum of both tables over its days, whether folded or not.
CREATE TABLE "ConversationDay" (
    "ownerId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "conversations" INTEGER NOT NULL,
    "mentionedSearch" INTEGER NOT NULL,
    "smallTalkOnly" INTEGER NOT NULL,

    CONSTRAINT "ConversationDay_pkey" PRIMARY KEY ("ownerId", "day")
);
ALTER TABLE "ConversationDay" ADD CONSTRAINT "ConversationDay_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ConversationDayChange" (
    "id" BIGSERIAL NOT NULL,
    "ownerId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "conversations" INTEGER NOT NULL,
    "mentionedSearch" INTEGER NOT NULL,
    "smallTalkOnly" INTEGER NOT NULL,

    CONSTRAINT "ConversationDayChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ConversationDayChange_ownerId_day_idx" ON "ConversationDayChange"("ownerId", "day");
ALTER TABLE "ConversationDayChange" ADD CONSTRAINT "ConversationDayChange_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Statement level, with transition tables: a bulk insert of 500 conversations
-- appends one row per owner and day, not 500. Owners whose account is being
-- deleted (its cascades fire these triggers after the user row is gone) are skipped.
CREATE FUNCTION traction_conversation_days_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ConversationDayChange" ("ownerId", day, conversations, "mentionedSearch", "smallTalkOnly")
    SELECT n."ownerId", n.date, COUNT(*), COUNT(*) FILTER (WHERE n."mentionedJobSearch"), COUNT(*) FILTER (WHERE n."smallTalkOnly")
    FROM new_rows n JOIN "User" u ON u.id = n."ownerId"
    GROUP BY n."ownerId", n.date ORDER BY 1, 2;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "ConversationDayChange" ("ownerId", day, conversations, "mentionedSearch", "smallTalkOnly")
    SELECT o."ownerId", o.date, -COUNT(*), -COUNT(*) FILTER (WHERE o."mentionedJobSearch"), -COUNT(*) FILTER (WHERE o."smallTalkOnly")
    FROM old_rows o JOIN "User" u ON u.id = o."ownerId"
    GROUP BY o."ownerId", o.date ORDER BY 1, 2;
  ELSE
    INSERT INTO "ConversationDayChange" ("ownerId", day, conversations, "mentionedSearch", "smallTalkOnly")
    SELECT d."ownerId", d.date, SUM(d.n), SUM(d.m), SUM(d.s)
    FROM (
      SELECT "ownerId", date, 1 AS n, "mentionedJobSearch"::int AS m, "smallTalkOnly"::int AS s FROM new_rows
      UNION ALL
      SELECT "ownerId", date, -1, -"mentionedJobSearch"::int, -"smallTalkOnly"::int FROM old_rows
    ) d JOIN "User" u ON u.id = d."ownerId"
    GROUP BY d."ownerId", d.date
    -- An edit that moves nothing (the notes, or the counted columns set to what they were) appends nothing.
    HAVING (SUM(d.n), SUM(d.m), SUM(d.s)) <> (0, 0, 0)
    ORDER BY 1, 2;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER conversation_days_insert AFTER INSERT ON "Conversation" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION traction_conversation_days_changed();
-- Transition tables allow no column list: every update statement runs it, and one that changes none of
-- the counted columns nets to nothing.
CREATE TRIGGER conversation_days_update AFTER UPDATE ON "Conversation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION traction_conversation_days_changed();
CREATE TRIGGER conversation_days_delete AFTER DELETE ON "Conversation" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION traction_conversation_days_changed();

-- Moves committed changes into "ConversationDay" and returns how many rows it
-- moved. Any process may call it at any time: one fold runs at a time (a
-- concurrent call returns 0 at once), and a change is moved and summed by one
-- statement, so every owner's sums stay what they were.
CREATE FUNCTION traction_fold_conversation_days() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  moved bigint;
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('traction_fold_conversation_days')) THEN
    RETURN 0;
  END IF;
  WITH taken AS (
    DELETE FROM "ConversationDayChange" RETURNING "ownerId", day, conversations, "mentionedSearch", "smallTalkOnly"
  ), summed AS (
    SELECT "ownerId", day, SUM(conversations) AS c, SUM("mentionedSearch") AS m, SUM("smallTalkOnly") AS s, COUNT(*) AS n
    FROM taken GROUP BY "ownerId", day
  ), folded AS (
    INSERT INTO "ConversationDay" ("ownerId", day, conversations, "mentionedSearch", "smallTalkOnly")
    SELECT x."ownerId", x.day, x.c, x.m, x.s FROM summed x JOIN "User" u ON u.id = x."ownerId"
    WHERE (x.c, x.m, x.s) <> (0, 0, 0)
    ORDER BY 1, 2
    ON CONFLICT ("ownerId", day) DO UPDATE SET
      conversations = "ConversationDay".conversations + EXCLUDED.conversations,
      "mentionedSearch" = "ConversationDay"."mentionedSearch" + EXCLUDED."mentionedSearch",
      "smallTalkOnly" = "ConversationDay"."smallTalkOnly" + EXCLUDED."smallTalkOnly"
  )
  SELECT COALESCE(SUM(n), 0)::bigint INTO moved FROM summed;
  RETURN moved;
END $$;

-- Conversations written before this migration.
INSERT INTO "ConversationDay" ("ownerId", day, conversations, "mentionedSearch", "smallTalkOnly")
SELECT "ownerId", date, COUNT(*), COUNT(*) FILTER (WHERE "mentionedJobSearch"), COUNT(*) FILTER (WHERE "smallTalkOnly")
FROM "Conversation" GROUP BY "ownerId", date;

-- 2. Indexes for probes that replace scans of an owner's whole history:
--    whether a venue had an event before the period (new venues), and whether
--    a target company has an insider (the per-owner figures).
DROP INDEX "Event_venueId_idx";
CREATE INDEX "Event_venueId_date_idx" ON "Event"("venueId", "date");
DROP INDEX "Contact_companyId_idx";
CREATE INDEX "Contact_companyId_relationship_idx" ON "Contact"("companyId", "relationship");
