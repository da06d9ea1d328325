import type { TCompany, TCompanyDuplicatesQuery } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { presentRows } from "../records/present-rows.ts";
import { companySpec } from "./company-spec.ts";

const MAX_DUPLICATES = 10;

/** The owner's target companies with the same name key as `name` (case, accents, spacing aside), oldest first; by index. */
export async function findDuplicateCompanies(
  db: DbClient,
  ownerId: string,
  { name, excludeId }: TCompanyDuplicatesQuery,
): Promise<TCompany[]> {
  const matches = await db.$queryRaw<Array<{ id: string }>>`
    SELECT id::text AS id FROM "Company"
    WHERE "ownerId" = ${ownerId}::uuid AND traction_name_key(name) = traction_name_key(${name})
      AND (${excludeId ?? null}::uuid IS NULL OR id <> ${excludeId ?? null}::uuid)
    ORDER BY "createdAt", id
    LIMIT ${MAX_DUPLICATES}`;
  if (matches.length === 0) return [];
  const rows = await db.company.findMany({ where: { ownerId, id: { in: matches.map((match) => match.id) } } });
  const views = new Map(((await presentRows(db, companySpec, ownerId, rows)) as TCompany[]).map((view) => [view.id, view]));
  return matches.map((match) => views.get(match.id)!);
}
