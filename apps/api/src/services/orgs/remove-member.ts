import type { Database } from "@traction/db";
import { conflict, notFound } from "../../lib/errors.ts";

/**
 * An admin removes a member. The coach links the organisation made for that
 * member end with the membership (status ENDED, at once, in the same
 * transaction): the clients consented to the organisation, and the coach no
 * longer acts for it. Links the coach's clients made themselves stay. The last
 * admin cannot be removed (409): the organisation would have no one to run it.
 */
export async function removeMember(db: Database, orgId: string, userId: string, now: Date = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    // Lock the organisation's admins so that two admins removing each other cannot both succeed.
    const admins = await tx.$queryRaw<Array<{ userId: string }>>`
      SELECT "userId"::text AS "userId" FROM "OrgMember" WHERE "orgId" = ${orgId}::uuid AND role = 'ADMIN' FOR UPDATE`;
    const member = await tx.orgMember.findUnique({ where: { orgId_userId: { orgId, userId } }, select: { role: true } });
    if (!member) throw notFound("Member");
    if (member.role === "ADMIN" && admins.length <= 1) throw conflict("The organisation's last admin cannot be removed");
    await tx.orgMember.delete({ where: { orgId_userId: { orgId, userId } } });
    await tx.coachLink.updateMany({
      where: { orgId, coachId: userId, status: "ACTIVE" },
      data: { status: "ENDED", endedAt: now },
    });
  });
}
