import type { TCoachLinkStatus, TMyCoach } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { keysetPage, type Page, type PageQuery } from "../records/keyset-page.ts";

/** The client's coaches, current and past, newest link first. */
export async function listCoaches(
  db: DbClient,
  clientId: string,
  query: PageQuery & { status?: TCoachLinkStatus | undefined },
): Promise<Page<TMyCoach>> {
  return keysetPage("createdAt", query, (page) =>
    db.coachLink.findMany({
      where: { AND: [{ clientId }, query.status ? { status: query.status } : {}, page.where] },
      orderBy: page.orderBy,
      take: page.take,
      select: {
        id: true,
        status: true,
        createdAt: true,
        endedAt: true,
        coach: { select: { id: true, name: true, email: true } },
      },
    }),
  );
}
