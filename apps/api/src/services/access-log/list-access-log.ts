import type { TAccessLogEntry } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { keysetPage, type Page, type PageQuery } from "../records/keyset-page.ts";

/** Who read the client's data and when, newest first. */
export async function listAccessLog(db: DbClient, clientId: string, query: PageQuery): Promise<Page<TAccessLogEntry>> {
  const page = await keysetPage("at", query, (keyset) =>
    db.accessLogEntry.findMany({
      where: { AND: [{ clientId }, keyset.where] },
      orderBy: keyset.orderBy,
      take: keyset.take,
      select: {
        id: true,
        resource: true,
        at: true,
        coach: { select: { id: true, name: true } },
        org: { select: { id: true, name: true } },
      },
    }),
  );
  return { data: page.data.map(({ coach, org, resource, at }) => ({ coach, org, resource, at })), nextCursor: page.nextCursor };
}
