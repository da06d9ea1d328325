import type { Prisma } from "@traction/db";
import type { TCoachEmailInvite, TCoachEmailInviteListQuery } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { keysetPage, type Page } from "../records/keyset-page.ts";
import { toEmailInviteView } from "./email-invite-view.ts";

/** The coach's invitations by email, newest first; `status` filters (EXPIRED: pending past its date). */
export async function listEmailInvites(
  db: DbClient,
  coachId: string,
  query: TCoachEmailInviteListQuery,
  now: Date = new Date(),
): Promise<Page<TCoachEmailInvite>> {
  const byStatus: Prisma.CoachEmailInviteWhereInput =
    query.status === undefined
      ? {}
      : query.status === "EXPIRED"
        ? { status: "PENDING", expiresAt: { lte: now } }
        : query.status === "PENDING"
          ? { status: "PENDING", expiresAt: { gt: now } }
          : { status: query.status };
  const page = await keysetPage("createdAt", query, (keyset) =>
    db.coachEmailInvite.findMany({
      where: { AND: [{ coachId }, byStatus, keyset.where] },
      orderBy: keyset.orderBy,
      take: keyset.take,
    }),
  );
  return { data: page.data.map((invite) => toEmailInviteView(invite, now)), nextCursor: page.nextCursor };
}
