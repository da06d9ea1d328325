/**
 * The demo jobseeker's story over the last eight weeks: Dana starts in
 * jobseeker support groups, chatting with the same few peers about the
 * weather; around week four she branches out (a business breakfast, a
 * professional association, a Meetup, and a move from the food bank's back
 * room to its gala committee), starts naming her search and her target
 * companies, books one-on-ones, and lands an interview through an insider.
 * The turn is a weekly review (story/review.ts) with its adjustments and new
 * targets, whose effect the later weeks show.
 * A coach or a new user sees at once what Traction notices.
 *
 * Written in one transaction; deterministic for a given day (no randomness).
 */
import type { Database } from "@traction/db";
import { calendar } from "./story/calendar.ts";
import { seedMeetings } from "./story/meetings.ts";
import { seedPeople } from "./story/people.ts";
import { seedPipeline } from "./story/pipeline.ts";
import { seedPlaces } from "./story/places.ts";
import { seedReview } from "./story/review.ts";
import { seedTalks } from "./story/talks.ts";

const STORY_TIMEOUT_MS = 60_000;

export async function seedStory(db: Database, ownerId: string, now: Date = new Date()): Promise<void> {
  const cal = calendar(now);
  await db.$transaction(
    async (tx) => {
      const places = await seedPlaces(tx, ownerId, cal);
      const people = await seedPeople(tx, ownerId, cal, places);
      const meetings = await seedMeetings(tx, ownerId, cal, people);
      const refs = { ...places, ...people, ...meetings };
      await seedTalks(tx, ownerId, cal, refs);
      await seedPipeline(tx, ownerId, cal, refs);
      await seedReview(tx, ownerId, cal, now);
    },
    { timeout: STORY_TIMEOUT_MS },
  );
}
