"use client";

/** Every thread a coach started about me, newest activity first, each with a reply box. */
import type { TComment } from "@traction/schemas";
import Link from "next/link";
import { listComments } from "../../lib/api/coaching.ts";
import { formatDay } from "../../lib/dates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { SUBJECT_LABELS } from "../../lib/labels.ts";
import { LoadState } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { textLink } from "../ui/styles.ts";
import { ThreadView } from "./thread-view.tsx";

export function CommentsInbox({ clientId }: { clientId: string }) {
  const all = useLoad(`comments:${clientId}:all`, (api) => listComments(api, { clientId }));
  const threads = groupBySubject(all.data?.data ?? []);
  return (
    <Panel title="Comments from your coach" description="Threads on your weeks and records. Your coaches see your replies.">
      <LoadState
        {...all}
        what="comments"
        hasData={Boolean(all.data)}
        isEmpty={threads.length === 0}
        empty="No comments yet. When a coach you linked comments on a week or a record, it shows here."
      >
        <ul className="space-y-5">
          {threads.map(({ subjectType, subjectId, comments }) => {
            const title = subjectTitle(subjectType, subjectId);
            return (
              <li key={`${subjectType}:${subjectId}`}>
                <h3 className="mb-2 flex flex-wrap items-baseline gap-2 text-sm font-semibold text-slate-900">
                  {title}
                  <Link href={SUBJECT_PAGES[subjectType]} className={`font-normal ${textLink}`}>
                    Open {SUBJECT_PAGE_NAMES[subjectType]}
                  </Link>
                </h3>
                <ThreadView
                  subject={{ clientId, subjectType, subjectId }}
                  comments={comments}
                  onPosted={all.reload}
                  label={`Reply on ${title}`}
                />
              </li>
            );
          })}
        </ul>
      </LoadState>
    </Panel>
  );
}

/** Threads in the order of their latest comment; each thread oldest first. */
function groupBySubject(newestFirst: TComment[]) {
  const threads = new Map<string, { subjectType: TComment["subjectType"]; subjectId: string; comments: TComment[] }>();
  for (const comment of newestFirst) {
    const key = `${comment.subjectType}:${comment.subjectId}`;
    const thread = threads.get(key) ?? { subjectType: comment.subjectType, subjectId: comment.subjectId, comments: [] };
    thread.comments.unshift(comment);
    threads.set(key, thread);
  }
  return [...threads.values()];
}

/** Where the record a thread is about can be seen. */
const SUBJECT_PAGES: Record<TComment["subjectType"], string> = {
  WEEK: "/insights",
  PLAN: "/plan",
  EVENT: "/events",
  CONVERSATION: "/contacts",
  MEETING: "/meetings",
  LEAD: "/leads",
  REVIEW: "/reviews",
};
const SUBJECT_PAGE_NAMES: Record<TComment["subjectType"], string> = {
  WEEK: "insights",
  PLAN: "plan",
  EVENT: "events",
  CONVERSATION: "contacts",
  MEETING: "one-on-ones",
  LEAD: "leads",
  REVIEW: "reviews",
};

export function subjectTitle(subjectType: TComment["subjectType"], subjectId: string): string {
  if (subjectType === "WEEK") return `Week of ${formatDay(new Date(`${subjectId}T00:00:00.000Z`))}`;
  if (subjectType === "PLAN") return "Your plan";
  return `On ${subjectType === "EVENT" ? "an" : "a"} ${SUBJECT_LABELS[subjectType].toLowerCase()}`;
}
