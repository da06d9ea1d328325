import type { Database } from "@traction/db";
import { notFound } from "../../lib/errors.ts";

/** Deletes the user's feed: its URL answers 404 from now on. */
export async function revokeCalendarFeed(db: Database, userId: string): Promise<void> {
  const { count } = await db.calendarFeed.deleteMany({ where: { userId } });
  if (count === 0) throw notFound("Calendar feed");
}
