import type { Relationship } from "@traction/db";

/** The relationships that give a way in at a target company (tip 2: office staff often know more than the hiring manager). */
export const INSIDER_RELATIONSHIPS: Relationship[] = ["INSIDER", "CONNECTOR"];

/**
 * A company's `insiderCount`, as an SQL expression over the company row `r` (a computed field of
 * the company spec): how many of the owner's contacts there are insiders or connectors.
 */
export const INSIDER_COUNT = `(
  SELECT count(*)::int FROM "Contact" k
  WHERE k."ownerId" = r."ownerId" AND k."companyId" = r.id
    AND k.relationship IN (${INSIDER_RELATIONSHIPS.map((relationship) => `'${relationship}'`).join(", ")})
)`;
