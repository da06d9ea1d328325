"use client";

/** On the This-week page: a nudge to review last week while it has no review. */
import Link from "next/link";
import { listReviews } from "../../lib/api/reviews.ts";
import { formatDay, toDateString } from "../../lib/dates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { primaryButton } from "../ui/styles.ts";
import { lastWeek } from "./new-review.tsx";

export function ReviewPrompt() {
  const reviews = useLoad("reviews:latest", (api) => listReviews(api, undefined, 5));
  const week = lastWeek();
  if (!reviews.data || reviews.data.data.some((review) => toDateString(review.weekStart) === week)) return null;
  return (
    <section
      aria-label="Weekly review"
      className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-xl border border-indigo-200 bg-indigo-50 p-4"
    >
      <p className="text-sm text-slate-900">
        <span className="font-semibold">Last week has no review yet.</span> Ten minutes: what worked, what to change, and next
        week&apos;s targets (week of {formatDay(new Date(`${week}T00:00:00.000Z`))}).
      </p>
      <Link href={`/reviews/new?week=${week}`} className={primaryButton}>
        Review last week
      </Link>
    </section>
  );
}
