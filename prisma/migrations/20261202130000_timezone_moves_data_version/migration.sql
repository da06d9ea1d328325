-- A jobseeker's insights are computed over days in their own time zone, so a
-- change of zone changes what they say as much as a record written: it moves
-- their data version (migration data_versions) like any write. What is kept
-- under a version — a client's stored roster score — is then current exactly
-- while the version is, and a caseload statement need not read every client's
-- zone to compare it with the one each score was computed for.
CREATE FUNCTION traction_user_timezone_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM traction_append_data_changes(ARRAY[NEW.id]);
  RETURN NULL;
END $$;

CREATE TRIGGER user_timezone_changed
  AFTER UPDATE OF timezone ON "User"
  FOR EACH ROW WHEN (OLD.timezone IS DISTINCT FROM NEW.timezone)
  EXECUTE FUNCTION traction_user_timezone_changed();

-- Scores stored for a zone their client has already left: stale by the old
-- rule, and no version would say so now.
DELETE FROM "RosterScore" s USING "User" u WHERE u.id = s."clientId" AND s."timeZone" <> u.timezone;
