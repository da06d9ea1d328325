import type { TReview, TReviewListQuery } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import type { Page } from "../records/keyset-page.ts";
import { decodeCursor, toPage } from "../records/pagination.ts";
import { toReviewView } from "./review-view.ts";

/** The owner's reviews, newest week first, one keyset page (by week, then id). */
export async function listReviews(db: DbClient, ownerId: string, query: TReviewListQuery): Promise<Page<TReview>> {
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
