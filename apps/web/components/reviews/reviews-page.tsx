"use client";

/** My weekly reviews, newest week first, and the way into the next one. */
import Link from "next/link";
import { listReviews } from "../../lib/api/reviews.ts";
import { formatDay, toDateString } from "../../lib/dates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { Badge } from "../ui/badge.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { primaryButton, textLink } from "../ui/styles.ts";
import { lastWeek } from "./new-review.tsx";
import { findingLabel } from "./review-labels.ts";

export function ReviewsPage() {
  const reviews = useLoad("reviews:me", (api) => listReviews(api, undefined, 100));
  const list = reviews.data?.data ?? [];
  const lastReviewed = list.some((review) => toDateString(review.weekStart) === lastWeek());
  return (
    <>
      <PageHeader title="Weekly reviews" description="Once a week: look back, decide what to change, and see whether it worked.">
        {!lastReviewed && (
          <Link href={`/reviews/new?week=${lastWeek()}`} className={primaryButton}>
            Review last week
          </Link>
        )}
      </PageHeader>
      <Panel title="Your reviews">
        <LoadState
          {...reviews}
          what="your reviews"
          isEmpty={list.length === 0}
          empty="No reviews yet. Review last week to start the loop: analyse, readjust, and see the effect."
        >
          <ul className="divide-y divide-slate-200">
            {list.map((review) => (
              <li key={review.id} className="py-3">
                <Link href={`/reviews/${review.id}`} className={`text-base ${textLink}`}>
                  Week of {formatDay(review.weekStart)}
                </Link>
                <div className="mt-1 flex flex-wrap items-center gap-1.5 text-sm text-slate-700">
                  <span>
                    {review.adjustments.length} adjustment{review.adjustments.length === 1 ? "" : "s"}
                  </span>
                  {review.weeklyTargets && <Badge tone="info">New targets</Badge>}
                  {review.snapshot.findings.map((finding) => (
                    <Badge key={finding.code} tone="warn">
                      {findingLabel(finding.code)}
                    </Badge>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </LoadState>
      </Panel>
    </>
  );
}
