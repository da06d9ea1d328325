/**
 * Who may do what in an organisation, decided in one place. Anyone who is not
 * a member gets the same 404 as for an organisation that does not exist; a
 * member who is not an admin gets 403 on the admin's routes.
 */
import { Prisma, queryRows } from "@traction/db";
import type { TOrgRole } from "@traction/schemas";
import { forbidden, notFound } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";

/** The caller's role in the organisation, or null. On the pool: every organisation route asks it first. */
export async function memberRole(db: DbClient, orgId: string, userId: string): Promise<TOrgRole | null> {
  const [member] = await queryRows<{ role: TOrgRole }>(db, Prisma.sql`
    SELECT role::text FROM "OrgMember" WHERE "orgId" = ${orgId}::uuid AND "userId" = ${userId}::uuid`);
  return member?.role ?? null;
}

/** The caller's role; 404 unless they are a member. */
export async function requireMember(db: DbClient, orgId: string, userId: string): Promise<TOrgRole> {
  const role = await memberRole(db, orgId, userId);
  if (!role) throw notFound("Organisation");
  return role;
}

/** 404 outside the organisation, 403 for a member who is not an admin. */
export async function requireAdmin(db: DbClient, orgId: string, userId: string): Promise<void> {
  if ((await requireMember(db, orgId, userId)) !== "ADMIN") throw forbidden("Only the organisation's admins may do this");
}
