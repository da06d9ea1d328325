import type { DbClient } from "../records/db-client.ts";

/**
 * Contact id → the owner's target company whose name matches the contact's
 * free-text "works at" (by `traction_name_key`: case, accents and spacing
 * aside), for contacts not linked to a company yet. One query for a page,
 * through the functional index on company names; the oldest company wins a tie.
 */
export async function suggestCompanies(db: DbClient, ownerId: string, contactIds: string[]): Promise<Map<string, string>> {
  if (contactIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ contactId: string; companyId: string }>>`
    SELECT k.id::text AS "contactId", match.id::text AS "companyId"
    FROM "Contact" k
    CROSS JOIN LATERAL (
      SELECT c.id FROM "Company" c
      WHERE c."ownerId" = k."ownerId" AND traction_name_key(c.name) = traction_name_key(k.company)
      ORDER BY c."createdAt", c.id
      LIMIT 1
    ) match
    WHERE k."ownerId" = ${ownerId}::uuid AND k.id = ANY(${contactIds}::uuid[])
      AND k."companyId" IS NULL AND k.company IS NOT NULL`;
  return new Map(rows.map((row) => [row.contactId, row.companyId]));
}
