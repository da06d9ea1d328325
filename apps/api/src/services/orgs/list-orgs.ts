import type { TOrg, TOrgDetail } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";
import { keysetPage, type Page, type PageQuery } from "../records/keyset-page.ts";

const selectFor = (userId: string) =>
  ({ id: true, name: true, createdAt: true, members: { where: { userId }, select: { role: true } } }) as const;

const toOrg = ({ members, ...org }: { id: string; name: string; createdAt: Date; members: Array<{ role: TOrg["role"] }> }) => ({
  ...org,
  role: members[0]!.role,
});

/** The caller's organisations, newest first. */
export async function listOrgs(db: DbClient, userId: string, query: PageQuery): Promise<Page<TOrg>> {
  const page = await keysetPage("createdAt", query, (keyset) =>
    db.organisation.findMany({
      where: { AND: [{ members: { some: { userId } } }, keyset.where] },
      orderBy: keyset.orderBy,
      take: keyset.take,
      select: selectFor(userId),
    }),
  );
  return { data: page.data.map(toOrg), nextCursor: page.nextCursor };
}

/** One of the caller's organisations with its cohorts; 404 unless a member. */
export async function getOrg(db: DbClient, orgId: string, userId: string): Promise<TOrgDetail> {
  const org = await db.organisation.findUnique({
    where: { id: orgId },
    select: {
      ...selectFor(userId),
      cohorts: {
        orderBy: [{ startsOn: "desc" }, { id: "desc" }],
        select: { id: true, name: true, startsOn: true, endsOn: true },
      },
    },
  });
  if (!org || org.members.length === 0) throw notFound("Organisation");
  const { cohorts, ...rest } = org;
  return { ...toOrg(rest), cohorts };
}
