"use client";

import type { TCommentSubjectType } from "@traction/schemas";
import { useState } from "react";
import { CommentThread } from "./comment-thread.tsx";

/** "Comments" under a record: the thread loads when opened. */
export function CommentsDisclosure({
  clientId,
  subjectType,
  subjectId,
  label,
  defaultOpen = false,
}: {
  clientId: string;
  subjectType: TCommentSubjectType;
  subjectId: string;
  label: string;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium text-indigo-700">Comments</summary>
      {open && (
        <div className="mt-2">
          <CommentThread clientId={clientId} subjectType={subjectType} subjectId={subjectId} label={label} />
        </div>
      )}
    </details>
  );
}
