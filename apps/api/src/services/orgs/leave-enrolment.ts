import type { Database } from "@traction/db";
import { notFound } from "../../lib/errors.ts";

/**
 * The jobseeker leaves: in one transaction the enrolment becomes LEFT and
 * every active coach link the organisation made for them ends (REVOKED, as a
 * revocation by the client). The organisation's next request about them is a
 * 404 and they leave its roster at once; links the jobseeker made with their
 * own codes stay. Leaving twice changes nothing; another's enrolment is a 404.
 *
 * The enrolment is updated first: its row lock makes a concurrent assignment
 * (which locks the ACTIVE enrolment before linking) wait, then find it LEFT.
 */
export async function leaveEnrolment(
  db: Database,
  jobseekerId: string,
  enrolmentId: string,
  now: Date = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const [left] = await tx.enrolment.updateManyAndReturn({
      where: { id: enrolmentId, jobseekerId, status: "ACTIVE" },
      data: { status: "LEFT", endedAt: now },
      select: { orgId: true },
    });
    if (!left) {
      if ((await tx.enrolment.count({ where: { id: enrolmentId, jobseekerId } })) === 0) throw notFound("Enrolment");
      return;
    }
    await tx.coachLink.updateMany({
      where: { orgId: left.orgId, clientId: jobseekerId, status: "ACTIVE" },
      data: { status: "REVOKED", endedAt: now },
    });
  });
}
