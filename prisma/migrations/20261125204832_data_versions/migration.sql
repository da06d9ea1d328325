-- A version number per jobseeker that moves whenever anything insights read
-- changes, whatever the write path (API, coach, import, seed, SQL). Insights
-- and the coach roster cache their results under it: a cached result is used
-- only while the version it was computed at is still current, in every API
-- process, so no write is ever hidden behind a cache.
--
-- Writers never update a shared row (that would serialise one owner's writes
-- and could deadlock against the rows they lock): each write statement appends
-- one "DataChange" row per owner it touched. An owner's version is
--   "DataVersion".folded + the number of their "DataChange" rows,
-- which grows by at least one with every committed write transaction and never
-- goes back. `traction_fold_data_changes()` (run periodically by the API)
-- moves committed change rows into "folded" in one statement, leaving every
-- version as it was.

CREATE TABLE "DataChange" (
    "id" BIGSERIAL NOT NULL,
    "ownerId" UUID NOT NULL,

    CONSTRAINT "DataChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "DataChange_ownerId_idx" ON "DataChange"("ownerId");

CREATE TABLE "DataVersion" (
    "ownerId" UUID NOT NULL,
    "folded" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("ownerId")
);
ALTER TABLE "DataVersion" ADD CONSTRAINT "DataVersion_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One change row per owner named, unless their account is being deleted (its
-- cascades fire these triggers too, after the user row is gone).
CREATE FUNCTION traction_append_data_changes(owners uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DataChange" ("ownerId") SELECT u.id FROM "User" u WHERE u.id = ANY(owners);
$$;

-- Statement level: a bulk insert of 500 contacts appends one row, not 500.
CREATE FUNCTION traction_owned_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM traction_append_data_changes(ARRAY(SELECT DISTINCT "ownerId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM traction_append_data_changes(ARRAY(SELECT DISTINCT "ownerId" FROM old_rows));
  ELSE
    PERFORM traction_append_data_changes(ARRAY(SELECT "ownerId" FROM new_rows UNION SELECT "ownerId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION traction_lead_stages_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM traction_append_data_changes(ARRAY(SELECT DISTINCT l."ownerId" FROM new_rows s JOIN "Lead" l ON l.id = s."leadId"));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM traction_append_data_changes(ARRAY(SELECT DISTINCT l."ownerId" FROM old_rows s JOIN "Lead" l ON l.id = s."leadId"));
  ELSE
    PERFORM traction_append_data_changes(ARRAY(
      SELECT l."ownerId" FROM new_rows s JOIN "Lead" l ON l.id = s."leadId"
      UNION SELECT l."ownerId" FROM old_rows s JOIN "Lead" l ON l.id = s."leadId"));
  END IF;
  RETURN NULL;
END $$;

-- Transition tables allow one event per trigger: three triggers per table.
DO $$
DECLARE
  owned text;
  fn text;
BEGIN
  FOREACH owned IN ARRAY ARRAY['Plan', 'Venue', 'Event', 'Contact', 'Conversation', 'ConversationContact',
    'ConversationCompany', 'Meeting', 'Company', 'Lead', 'Task', 'Post', 'LeadStageChange'] LOOP
    fn := CASE owned WHEN 'LeadStageChange' THEN 'traction_lead_stages_changed' ELSE 'traction_owned_rows_changed' END;
    EXECUTE format('CREATE TRIGGER data_changed_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I()', owned, fn);
    EXECUTE format('CREATE TRIGGER data_changed_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I()', owned, fn);
    EXECUTE format('CREATE TRIGGER data_changed_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION %I()', owned, fn);
  END LOOP;
END $$;

-- A deleted account leaves no change rows behind (its cascades append none).
CREATE FUNCTION traction_users_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "DataChange" WHERE "ownerId" IN (SELECT id FROM old_rows);
  RETURN NULL;
END $$;
CREATE TRIGGER users_deleted AFTER DELETE ON "User" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION traction_users_deleted();

-- Moves committed change rows into "folded" (rows of deleted accounts are
-- dropped). Safe to run anywhere, any time, concurrently: a row is deleted
-- and counted by one statement only. Returns the number of rows moved.
CREATE FUNCTION traction_fold_data_changes() RETURNS bigint LANGUAGE sql AS $$
  WITH moved AS (
    DELETE FROM "DataChange" RETURNING "ownerId"
  ), counted AS (
    SELECT "ownerId", COUNT(*) AS n FROM moved GROUP BY "ownerId"
  ), folded AS (
    INSERT INTO "DataVersion" ("ownerId", folded)
    SELECT c."ownerId", c.n FROM counted c JOIN "User" u ON u.id = c."ownerId"
    ON CONFLICT ("ownerId") DO UPDATE SET folded = "DataVersion".folded + EXCLUDED.folded
  )
  SELECT COALESCE(SUM(n), 0)::bigint FROM counted;
$$;
