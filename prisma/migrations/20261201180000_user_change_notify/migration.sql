-- Every API process may keep who a token's user is (its id and role) in memory
-- (lib/user-directory.ts). A deleted account or a changed role is announced on
-- the `traction_user_changed` channel when the change commits, so every process
-- forgets that user at once.
CREATE FUNCTION traction_notify_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('traction_user_changed', OLD.id::text);
  RETURN NULL;
END;
$$;

CREATE TRIGGER user_changed_notify
  AFTER DELETE OR UPDATE OF role ON "User"
  FOR EACH ROW EXECUTE FUNCTION traction_notify_user_changed();
