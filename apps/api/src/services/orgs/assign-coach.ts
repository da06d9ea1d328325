import type { Database } from "@traction/db";
import type { TAssignment } from "@traction/schemas";
import { conflict, invalid, notFound } from "../../lib/errors.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";
import { notFoundMessage } from "@traction/schemas";

/**
 * An admin assigns a member as an enrolled client's coach: the enrolment was
 * the client's consent, so this makes an ACTIVE coach link carrying the
 * organisation's id, and ends (ENDED) the link this organisation made before
 * for that client. A link the jobseeker made themselves is left alone; if it
 * is already with the chosen coach, it stands as the assignment (no second
 * link: one active link per coach and client) and `madeByOrg` is false.
 *
 * The client's ACTIVE enrolment is locked first, so a concurrent leave either
 * happens before (404 here) or waits and then ends the new link too.
 */
export async function assignCoach(
  db: Database,
  orgId: string,
  clientId: string,
  coachId: string,
  now: Date = new Date(),
): Promise<TAssignment> {
  try {
    return await db.$transaction(async (tx) => {
      const enrolled = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id::text FROM "Enrolment"
        WHERE "orgId" = ${orgId}::uuid AND "jobseekerId" = ${clientId}::uuid AND status = 'ACTIVE' FOR UPDATE`;
      if (enrolled.length === 0) throw notFound("Client");
      const member = await tx.orgMember.findUnique({
        where: { orgId_userId: { orgId, userId: coachId } },
        select: { userId: true },
      });
      if (!member) throw invalid([{ path: "coachId", message: notFoundMessage("coachId") }]);

      await tx.coachLink.updateMany({
        where: { orgId, clientId, status: "ACTIVE", coachId: { not: coachId } },
        data: { status: "ENDED", endedAt: now },
      });
      const select = {
        id: true,
        orgId: true,
        client: { select: { id: true, name: true } },
        coach: { select: { id: true, name: true } },
      } as const;
      const existing = await tx.coachLink.findFirst({ where: { coachId, clientId, status: "ACTIVE" }, select });
      const link = existing ?? (await tx.coachLink.create({ data: { coachId, clientId, orgId }, select }));
      return { linkId: link.id, client: link.client, coach: link.coach, status: "ACTIVE", madeByOrg: link.orgId === orgId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("The client's coach changed meanwhile; try again");
    throw error;
  }
}
