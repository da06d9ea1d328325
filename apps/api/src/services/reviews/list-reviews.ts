import type { TReview, TReviewListQuery } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { keysetPage, type Page } from "../records/keyset-page.ts";
import { decodeCursor, toPage } from "../records/pagination.ts";
import { toReviewView } from "./review-view.ts";

/**
 * The owner's reviews, newest week first, one keyset page (by week, then id); with `updatedSince`, only
 * those changed since, oldest change first (by updatedAt, then id), like the record lists.
 */
export async function listReviews(db: DbClient, ownerId: string, query: TReviewListQuery): Promise<Page<TReview>> {
  if (query.updatedSince !== undefined) {
    const changed = await keysetPage(
      "updatedAt",
      query,
      (page) =>
        db.review.findMany({
          where: { AND: [{ ownerId, updatedAt: { gte: query.updatedSince } }, page.where] },
          orderBy: page.orderBy,
          take: page.take,
        }),
      "asc",
    );
    return { data: changed.data.map(toReviewView), nextCursor: changed.nextCursor };
  }
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.review.findMany({
    where: {
      ownerId,
      ...(after ? { OR: [{ weekStart: { lt: after.sortValue } }, { weekStart: after.sortValue, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ weekStart: "desc" }, { id: "desc" }],
    take: query.limit + 1,
  });
  const page = toPage(rows, query.limit, (row) => row.weekStart);
  return { data: page.data.map(toReviewView), nextCursor: page.nextCursor };
}
