"use client";

import { ZCreateCommentSchema, type TComment } from "@traction/schemas";
import { useState } from "react";
import { createComment, type Subject } from "../../lib/api/coaching.ts";
import { formatTimestamp } from "../../lib/dates.ts";
import { idempotencyKey, newDraftId } from "../../lib/idempotency.ts";
import { text } from "../../lib/forms/read-form.ts";
import { SchemaForm } from "../forms/schema-form.tsx";
import { TextAreaField } from "../forms/text-area-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { Badge } from "../ui/badge.tsx";

type FullSubject = Required<Subject>;

/** One thread, oldest first, and a box to add to it. */
export function ThreadView({
  subject,
  comments,
  onPosted,
  label,
}: {
  subject: FullSubject;
  comments: TComment[];
  onPosted: (comment: TComment) => void;
  label: string;
}) {
  const { api, state } = useSession();
  const [draftId, setDraftId] = useState(newDraftId);
  const me = state.status === "authenticated" ? state.user.id : null;

  return (
    <div>
      {comments.length > 0 && (
        <ol className="mb-3 space-y-2">
          {comments.map((comment) => (
            <li
              key={comment.id}
              className={`rounded-lg border p-3 text-sm ${comment.author.role === "COACH" ? "border-indigo-200 bg-indigo-50" : "border-slate-200 bg-slate-50"}`}
            >
              <p className="flex flex-wrap items-center gap-2 text-slate-700">
                <span className="font-semibold text-slate-900">{comment.author.id === me ? "You" : comment.author.name}</span>
                {comment.author.role === "COACH" && <Badge tone="info">Coach</Badge>}
                <time dateTime={comment.createdAt.toISOString()}>{formatTimestamp(comment.createdAt)}</time>
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words text-slate-900">{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      <SchemaForm
        label={label}
        schema={ZCreateCommentSchema}
        fields={["body"]}
        read={(data) => ({ ...subject, body: text(data, "body") ?? "" })}
        resetOnSuccess
        wideSubmit={false}
        className="space-y-2"
        submitLabel={comments.length > 0 ? "Reply" : "Comment"}
        pendingLabel="Posting…"
        onSubmit={async (value) => {
          const posted = await createComment(api, value, idempotencyKey(draftId, "comment", value));
          setDraftId(newDraftId());
          onPosted(posted);
        }}
      >
        {(errors) => (
          <TextAreaField name="body" label={comments.length > 0 ? "Your reply" : "Your comment"} rows={2} error={errors.body} />
        )}
      </SchemaForm>
    </div>
  );
}
