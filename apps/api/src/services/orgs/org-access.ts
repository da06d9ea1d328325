/**
 * Who may do what in an organisation, decided in one place. Anyone who is not
 * a member gets the same 404 as for an organisation that does not exist; a
 * member who is not an admin gets 403 on the admin's routes.
 */
import type { TOrgRole } from "@traction/schemas";
import { forbidden, notFound } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";

export async function memberRole(db: DbClient, orgId: string, userId: string): Promise<TOrgRole | null> {
  const member = await db.orgMember.findUnique({ where: { orgId_userId: { orgId, userId } }, select: { role: true } });
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
