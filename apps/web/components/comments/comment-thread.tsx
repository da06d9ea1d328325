"use client";

import type { TCommentSubjectType } from "@traction/schemas";
import { listComments } from "../../lib/api/coaching.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { LoadState } from "../ui/load-state.tsx";
import { ThreadView } from "./thread-view.tsx";

/** The comments on one week or record, loaded on their own, beside it. */
export function CommentThread({
  clientId,
  subjectType,
  subjectId,
  label,
}: {
  clientId: string;
  subjectType: TCommentSubjectType;
  subjectId: string;
  label: string;
}) {
  const subject = { clientId, subjectType, subjectId };
  const thread = useLoad(`comments:${clientId}:${subjectType}:${subjectId}`, (api) => listComments(api, subject));
  const comments = [...(thread.data?.data ?? [])].reverse();
  return (
    <LoadState {...thread} what="the comments" hasData={Boolean(thread.data)}>
      <ThreadView subject={subject} comments={comments} onPosted={thread.reload} label={label} />
    </LoadState>
  );
}
