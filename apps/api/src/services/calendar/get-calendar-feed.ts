import type { Database } from "@traction/db";
import type { TCalendarFeedStatus } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";

/** Whether the user has a feed, and when it was last read (never its secret, which is not stored). */
export async function getCalendarFeed(db: Database, userId: string): Promise<TCalendarFeedStatus> {
  const feed = await db.calendarFeed.findUnique({ where: { userId }, select: { createdAt: true, lastFetchedAt: true } });
  if (!feed) throw notFound("Calendar feed");
  return feed;
}
