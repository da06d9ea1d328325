-- Duplicates and "works at": contacts and companies are compared by a name key
-- (case, accents and runs of whitespace do not matter), computed by one
-- immutable SQL function so that the API's queries and the functional indexes
-- below use the very same expression.
--   "Sam  Ortiz", "sam ortiz", "Sàm Ortíz"  →  "sam ortiz"
-- Accents go by decomposing (NFD) and dropping the combining marks, before
-- lower() so that a C-collation database folds "Ö" too.
CREATE FUNCTION traction_name_key(name text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN btrim(regexp_replace(lower(regexp_replace(normalize(name, NFD), '[\u0300-\u036f]', '', 'g')), '\s+', ' ', 'g'));

-- Duplicate checks (GET /contacts/duplicates, /companies/duplicates) and the
-- contact's suggested target company ("works at" = a company's name).
CREATE INDEX "Contact_ownerId_nameKey_idx" ON "Contact" ("ownerId", traction_name_key("name"));
CREATE INDEX "Contact_ownerId_emailKey_idx" ON "Contact" ("ownerId", lower(btrim("email"))) WHERE "email" IS NOT NULL;
CREATE INDEX "Company_ownerId_nameKey_idx" ON "Company" ("ownerId", traction_name_key("name"));
