"use client";

/** A coach's view of a client's weekly reviews: each with its week, words, adjustments, effect and a comment thread. */
import { listReviews } from "../../lib/api/reviews.ts";
import { formatDay } from "../../lib/dates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { CommentsDisclosure } from "../comments/comments-disclosure.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { ReviewBody } from "./review-body.tsx";
import { ReviewEffect } from "./review-effect.tsx";

export function ClientReviews({ clientId }: { clientId: string }) {
  const reviews = useLoad(`reviews:${clientId}`, (api) => listReviews(api, clientId));
  const list = reviews.data?.data ?? [];
  return (
    <LoadState
      {...reviews}
      what="the weekly reviews"
      isEmpty={list.length === 0}
      empty={<p className="text-sm text-slate-700">No weekly reviews yet.</p>}
    >
      <div className="space-y-4">
        {list.map((review, index) => (
          <Panel key={review.id} title={`Review of the week of ${formatDay(review.weekStart)}`}>
            <div className="space-y-4">
              <ReviewBody review={review} level={3} />
              {index === 0 && <ReviewEffect reviewId={review.id} clientId={clientId} level={3} />}
              <CommentsDisclosure
                clientId={clientId}
                subjectType="REVIEW"
                subjectId={review.id}
                label={`Comment on the review of the week of ${formatDay(review.weekStart)}`}
                defaultOpen={index === 0}
              />
            </div>
          </Panel>
        ))}
      </div>
    </LoadState>
  );
}
