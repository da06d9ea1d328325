import type { Relationship } from "@traction/db";
import type { DbClient } from "../records/db-client.ts";

/** The relationships that give a way in at a target company (tip 2: office staff often know more than the hiring manager). */
export const INSIDER_RELATIONSHIPS: Relationship[] = ["INSIDER", "CONNECTOR"];

/** Company id → how many of the owner's contacts there are insiders or connectors; one grouped query for a page. */
export async function countInsiders(db: DbClient, ownerId: string, companyIds: string[]): Promise<Map<string, number>> {
  const groups = await db.contact.groupBy({
    by: ["companyId"],
    where: { ownerId, companyId: { in: companyIds }, relationship: { in: INSIDER_RELATIONSHIPS } },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.companyId!, group._count._all]));
}
