/**
 * The review that turned the story around. At the end of her fifth week Dana
 * sits down with Traction's weekly review: support groups and the food bank's
 * back room, small talk with the same few peers, nobody told what she does.
 * She commits to changing where she goes (a business breakfast, the
 * professional association, a front-facing role at the food bank) and how she
 * talks (name the search and a target company, book a coffee a week), and sets
 * new weekly targets. The weeks after it are the second half of the story, so
 * the review's effect shows in the data.
 *
 * Written through the API's own service, so its snapshot is what the API
 * computes for that week.
 */
import type { Prisma } from "@traction/db";
import { createReview } from "../../../apps/api/src/services/reviews/create-review.ts";
import { weekSnapshot } from "../../../apps/api/src/services/reviews/week-snapshot.ts";
import type { Calendar } from "./calendar.ts";

const DAY_MS = 86_400_000;

type Adjustment = Parameters<typeof createReview>[2]["adjustments"][number];

/** What Dana wrote, each adjustment tied to the finding it answers (when the week raised it). */
const ADJUSTMENTS: Array<Omit<Adjustment, "findingCode"> & { answers?: NonNullable<Adjustment["findingCode"]> }> = [
  {
    area: "WHERE",
    note: "Swap one support-group evening for Nina's Thursday business breakfast, and go to the supply-chain association's chapter meeting.",
    answers: "SUPPORT_GROUP_HEAVY",
  },
  {
    area: "WHERE",
    note: "Ask Janet for a front-facing role at the food bank: the gala committee instead of the back room.",
    answers: "BACK_ROOM_VOLUNTEERING",
  },
  {
    area: "CONVERSATIONS",
    note: "Say what I do and that I am looking in every conversation, and name one target company.",
    answers: "NOT_MENTIONING_SEARCH",
  },
  {
    area: "CONVERSATIONS",
    note: "Talk to people I have not met before, not the same three peers.",
    answers: "RUT",
  },
  { area: "ONE_ON_ONES", note: "Book one coffee a week with someone I met at an event.", answers: "NO_ONE_ON_ONES" },
  { area: "TARGETS", note: "Three events, four new people, one coffee a week; mention the search in most conversations." },
];

export const STORY_REVIEW_TARGETS = { events: 3, newContacts: 4, oneOnOnes: 1, conversationsMentioningSearchPct: 60 };

/** The reviewed week: the last one to end before the first business breakfast (day 33), whatever today's weekday. */
export function reviewedWeek(cal: Calendar): Date {
  const day = cal.day(41);
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY_MS);
}

export async function seedReview(tx: Prisma.TransactionClient, ownerId: string, cal: Calendar, now: Date): Promise<void> {
  const weekStart = reviewedWeek(cal);
  const { flags } = (await weekSnapshot(tx, ownerId, weekStart, now)) as { flags: string[] };
  const review = await createReview(
    tx,
    ownerId,
    {
      weekStart,
      wentWell: "I went every week and the job club helped with my résumé. Janet trusts me with the warehouse.",
      toChange:
        "I only go where other jobseekers are, I sort cans where nobody sees me, and I chat about the weather " +
        "with the same three people. Nobody I met this month knows what I do or that I am looking.",
      adjustments: ADJUSTMENTS.map(({ answers, ...adjustment }) =>
        answers && flags.includes(answers) ? { ...adjustment, findingCode: answers } : adjustment,
      ),
      weeklyTargets: STORY_REVIEW_TARGETS,
    },
    now,
  );
  // Written on the Sunday evening that closed the week; the plan keeps its story dates.
  const writtenAt = new Date(weekStart.getTime() + 6 * DAY_MS + 19 * 3_600_000);
  await tx.review.update({ where: { id: review.id }, data: { createdAt: writtenAt, updatedAt: writtenAt } });
  await tx.plan.update({ where: { ownerId }, data: { updatedAt: cal.at(20, 20) } });
}
