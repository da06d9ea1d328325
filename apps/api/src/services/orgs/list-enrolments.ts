import type { TEnrolment, TEnrolmentStatus } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";
import { keysetPage, type Page, type PageQuery } from "../records/keyset-page.ts";
import { ENROLMENT_SELECT } from "./enrol.ts";

/** The jobseeker's enrolments, current and past, newest first. */
export async function listEnrolments(
  db: DbClient,
  jobseekerId: string,
  query: PageQuery & { status?: TEnrolmentStatus | undefined },
): Promise<Page<TEnrolment>> {
  return keysetPage("createdAt", query, (keyset) =>
    db.enrolment.findMany({
      where: { AND: [{ jobseekerId }, query.status ? { status: query.status } : {}, keyset.where] },
      orderBy: keyset.orderBy,
      take: keyset.take,
      select: ENROLMENT_SELECT,
    }),
  );
}

/** One of the jobseeker's enrolments; another's is a 404. */
export async function getEnrolment(db: DbClient, jobseekerId: string, id: string): Promise<TEnrolment> {
  const enrolment = await db.enrolment.findFirst({ where: { id, jobseekerId }, select: ENROLMENT_SELECT });
  if (!enrolment) throw notFound("Enrolment");
  return enrolment;
}
