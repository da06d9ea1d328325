import type { Database } from "@traction/db";
import { notFound } from "../../lib/errors.ts";
import { serializeCalendar } from "../../lib/ical.ts";
import { sha256 } from "../../lib/tokens.ts";
import { calendarEvents } from "./calendar-events.ts";

/**
 * The feed behind a secret, as iCalendar text; 404 for an unknown, rotated or
 * revoked secret. Looking the feed up also records when it was read.
 */
export async function readCalendarFeed(db: Database, secret: string, now = new Date()): Promise<string> {
  const rows = await db.$queryRaw<Array<{ userId: string; name: string }>>`
    UPDATE "CalendarFeed" f SET "lastFetchedAt" = now()
    FROM "User" u
    WHERE f."secretHash" = ${sha256(secret)} AND u.id = f."userId"
    RETURNING f."userId", u.name`;
  const feed = rows[0];
  if (!feed) throw notFound("Calendar feed");
  return serializeCalendar({
    productId: "-//Traction//Networking calendar//EN",
    name: `Traction — ${feed.name}`,
    events: await calendarEvents(db, feed.userId, now),
    generatedAt: now,
  });
}
