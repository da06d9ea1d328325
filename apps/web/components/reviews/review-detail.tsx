"use client";

/** One of my reviews: what I wrote, the week it looked back on, its effect since, and the thread with my coaches. */
import Link from "next/link";
import { getReview } from "../../lib/api/reviews.ts";
import { formatDay, formatTimestamp } from "../../lib/dates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { CommentThread } from "../comments/comment-thread.tsx";
import { useUser } from "../session/session-provider.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { textLink } from "../ui/styles.ts";
import { ReviewBody } from "./review-body.tsx";
import { ReviewEffect } from "./review-effect.tsx";

export function ReviewDetail({ id }: { id: string }) {
  const user = useUser();
  const review = useLoad(`review:${id}`, (api) => getReview(api, id));
  const data = review.data;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/reviews" className={textLink}>
          ← Weekly reviews
        </Link>
      </p>
      <LoadState {...review} what="the review" hasData={Boolean(data)}>
        {data && (
          <>
            <PageHeader
              title={`Review of the week of ${formatDay(data.weekStart)}`}
              description={`Written ${formatTimestamp(data.createdAt)}.`}
            />
            <div className="space-y-4">
              <ReviewBody review={data} />
              <ReviewEffect reviewId={data.id} />
              <Panel title="Comments" description="Your coaches see this review and can comment on it.">
                <CommentThread clientId={user.id} subjectType="REVIEW" subjectId={data.id} label="Comment on this review" />
              </Panel>
            </div>
          </>
        )}
      </LoadState>
    </>
  );
}
