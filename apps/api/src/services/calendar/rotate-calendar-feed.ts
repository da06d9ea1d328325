import { randomToken, sha256 } from "../../lib/tokens.ts";
import type { DbClient } from "../records/db-client.ts";

/** Creates the user's feed, or replaces its secret (the old URL stops working at once). Returns the new secret. */
export async function rotateCalendarFeed(db: DbClient, userId: string): Promise<{ secret: string; createdAt: Date }> {
  const secret = randomToken();
  const secretHash = sha256(secret);
  const feed = await db.calendarFeed.upsert({
    where: { userId },
    create: { userId, secretHash },
    update: { secretHash, createdAt: new Date(), lastFetchedAt: null },
    select: { createdAt: true },
  });
  return { secret, createdAt: feed.createdAt };
}
