/**
 * A contact's `suggestedCompanyId`, as an SQL expression over the contact row
 * `r` (a computed field of the contact spec, so part of the list's or read's
 * own statement): the owner's target company whose name matches the
 * contact's free-text "works at" (by `traction_name_key`: case, accents and
 * spacing aside), for a contact not linked to a company yet. Through the
 * functional index on company names; the oldest company wins a tie.
 */
export const SUGGESTED_COMPANY_ID = `CASE WHEN r."companyId" IS NULL AND r.company IS NOT NULL THEN (
  SELECT c.id::text FROM "Company" c
  WHERE c."ownerId" = r."ownerId" AND traction_name_key(c.name) = traction_name_key(r.company)
  ORDER BY c."createdAt", c.id
  LIMIT 1
) END`;
