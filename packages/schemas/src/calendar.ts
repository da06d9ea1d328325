/**
 * The private iCalendar feed of one's scheduled one-on-ones and follow-ups
 * due. Its URL carries a secret: anyone holding the URL can read the feed, so
 * it can be rotated (POST again) or revoked (DELETE) at any time.
 */
import { z } from "zod";
import { storable, text } from "./text.ts";
import { ZTimestampSchema } from "./common.ts";

export const ZCalendarFeedSchema = z
  .object({
    url: storable(z.url()).meta({ description: "The feed's address, shown this once: subscribe to it from a calendar app." }),
    createdAt: ZTimestampSchema,
  })
  .meta({ id: "CalendarFeed" });
export type TCalendarFeed = z.infer<typeof ZCalendarFeedSchema>;

export const ZCalendarFeedStatusSchema = z
  .object({
    createdAt: ZTimestampSchema,
    lastFetchedAt: ZTimestampSchema.nullable().meta({ description: "When a calendar app last read the feed." }),
  })
  .meta({ id: "CalendarFeedStatus" });
export type TCalendarFeedStatus = z.infer<typeof ZCalendarFeedStatusSchema>;

/** `/calendar/<secret>.ics`: the secret is 43 URL-safe characters. */
export const ZCalendarFeedParamsSchema = z.strictObject({
  secret: text().regex(/^[A-Za-z0-9_-]{43}$/, { message: "Not a calendar feed address" }),
});
