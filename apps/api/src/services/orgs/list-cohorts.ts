import type { TCohort } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { keysetPage, type Page, type PageQuery } from "../records/keyset-page.ts";
import { COHORT_SELECT } from "./create-cohort.ts";

/** The organisation's cohorts, newest first, each with the number of jobseekers actively enrolled (counted in SQL). */
export async function listCohorts(db: DbClient, orgId: string, query: PageQuery): Promise<Page<TCohort>> {
  const page = await keysetPage("createdAt", query, (keyset) =>
    db.cohort.findMany({
      where: { AND: [{ orgId }, keyset.where] },
      orderBy: keyset.orderBy,
      take: keyset.take,
      select: { ...COHORT_SELECT, createdAt: true, _count: { select: { enrolments: { where: { status: "ACTIVE" } } } } },
    }),
  );
  return {
    data: page.data.map(({ _count, createdAt: _createdAt, ...cohort }) => ({ ...cohort, clients: _count.enrolments })),
    nextCursor: page.nextCursor,
  };
}
