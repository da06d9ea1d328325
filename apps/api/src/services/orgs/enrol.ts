import type { Prisma } from "@traction/db";
import type { TEnrolment } from "@traction/schemas";
import { conflict, notFound } from "../../lib/errors.ts";
import { isUniqueViolation } from "../../lib/prisma-errors.ts";
import { canonicalJoinCode } from "./join-code.ts";

export const ENROLMENT_SELECT = {
  id: true,
  status: true,
  createdAt: true,
  endedAt: true,
  org: { select: { id: true, name: true } },
  cohort: { select: { id: true, name: true } },
} as const;

/**
 * A jobseeker enrols in a cohort with its join code: their consent to share
 * their health score, flags, targets and last activity with the organisation.
 * An unknown code is a 404; being enrolled in the organisation already (in
 * any of its cohorts) is a 409. Pass a transaction client.
 */
export async function enrol(tx: Prisma.TransactionClient, jobseekerId: string, joinCode: string): Promise<TEnrolment> {
  const code = canonicalJoinCode(joinCode);
  const cohort = code ? await tx.cohort.findUnique({ where: { joinCode: code }, select: { id: true, orgId: true } }) : null;
  if (!cohort) throw notFound("Join code");
  const enrolled = await tx.enrolment.findFirst({
    where: { orgId: cohort.orgId, jobseekerId, status: "ACTIVE" },
    select: { id: true },
  });
  if (enrolled) throw conflict("You are already enrolled with this organisation; leave that cohort first");
  try {
    return await tx.enrolment.create({
      data: { orgId: cohort.orgId, cohortId: cohort.id, jobseekerId },
      select: ENROLMENT_SELECT,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("You are already enrolled with this organisation; leave that cohort first");
    throw error;
  }
}
