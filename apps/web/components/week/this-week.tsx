"use client";

/**
 * A jobseeker's home: this week against the plan, what the diagnosis says to
 * change, what is overdue or assigned, the one-on-ones coming up, and what
 * the coach said.
 */
import type { TTask } from "@traction/schemas";
import Link from "next/link";
import { getInsights } from "../../lib/api/insights.ts";
import { meetings, tasks } from "../../lib/api/records.ts";
import { formatDay, formatTimestamp, today } from "../../lib/dates.ts";
import { useOptimisticEdit } from "../../lib/hooks/optimistic.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { useContactNames, type Names } from "../../lib/hooks/use-names.ts";
import { CommentsInbox } from "../comments/comments-inbox.tsx";
import { FindingList } from "../insights/finding-list.tsx";
import { TaskItem } from "../records/task-item.tsx";
import { useUser } from "../session/session-provider.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { primaryButton, textLink } from "../ui/styles.ts";
import { PendingSuggestions } from "../plan/pending-suggestions.tsx";
import { TargetBars } from "./target-bars.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { ReviewPrompt } from "../reviews/review-prompt.tsx";

export function ThisWeek() {
  const user = useUser();
  const day = today(new Date(), user.timezone);
  const insights = useLoad("insights:default", (api) => getInsights(api));
  const names = useContactNames();
  const findings = insights.data?.tips.flatMap((tip) => tip.findings) ?? [];

  return (
    <>
      <PageHeader title="This week" description={`Hello ${user.name}. Here is how your networking is going and what to do next.`}>
        <Link href="/log" className={primaryButton}>
          Quick log
        </Link>
      </PageHeader>
      <PendingSuggestions />
      <ReviewPrompt />
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel
          title="Progress against your weekly targets"
          description={insights.data && `Week of ${formatDay(insights.data.targets.weekStart)}`}
          actions={
            <Link href="/plan" className={`text-sm ${textLink}`}>
              Edit targets
            </Link>
          }
        >
          <LoadState {...insights} what="your targets" hasData={Boolean(insights.data)}>
            {insights.data && <TargetBars targets={insights.data.targets} />}
          </LoadState>
        </Panel>
        <Panel
          title="What to change"
          description="From the last 28 days."
          actions={
            <Link href="/insights" className={`text-sm ${textLink}`}>
              All insights
            </Link>
          }
        >
          <LoadState
            {...insights}
            what="your insights"
            isEmpty={findings.length === 0}
            empty="Nothing is flagged. Keep going — and keep logging, so this stays true."
          >
            <FindingList findings={findings} showEvidence={false} />
          </LoadState>
        </Panel>
        <OpenTasks day={day} names={names} />
        <UpcomingMeetings day={day} names={names} />
      </div>
      <div className="mt-4">
        <CommentsInbox clientId={user.id} />
      </div>
    </>
  );
}

/** Overdue follow-ups and the coach's open assignments, ticked off in place. */
function OpenTasks({ day, names }: { day: string; names: Names }) {
  const overdue = useList(`tasks:overdue:${day}`, (api, cursor) =>
    tasks.list(api, { done: false, dueBefore: day, limit: 50, cursor }),
  );
  const open = useList("tasks:open", (api, cursor) => tasks.list(api, { done: false, limit: 100, cursor }));
  const mutateBoth = (change: (items: TTask[]) => TTask[]) => {
    overdue.mutate(change);
    open.mutate(change);
  };
  const { edit, error } = useOptimisticEdit<TTask>(mutateBoth);
  const assigned = open.items.filter((task) => task.assignedById !== null);
  const shown = [...overdue.items, ...assigned.filter((task) => !overdue.items.some((other) => other.id === task.id))];

  return (
    <Panel
      title="Overdue follow-ups and assignments"
      actions={
        <Link href="/tasks" className={`text-sm ${textLink}`}>
          All tasks
        </Link>
      }
    >
      <InlineError message={error} className="mb-2" />
      <LoadState
        status={overdue.status === "ready" ? open.status : overdue.status}
        error={overdue.error ?? open.error}
        reload={() => {
          overdue.reload();
          open.reload();
        }}
        what="your tasks"
        hasData={shown.length > 0}
        isEmpty={shown.length === 0}
        empty="Nothing overdue and no open assignments."
      >
        <ul className="divide-y divide-slate-200">
          {shown.map((task) => (
            <TaskItem
              key={task.id}
              task={task}
              names={names}
              onToggle={(item) =>
                void edit(item, { done: !item.done }, (api) => tasks.update(api, item.id, { done: !item.done }))
              }
            />
          ))}
        </ul>
      </LoadState>
    </Panel>
  );
}

function UpcomingMeetings({ day, names }: { day: string; names: Names }) {
  const upcoming = useList(`meetings:upcoming:${day}`, (api, cursor) =>
    meetings.list(api, { status: "SCHEDULED", from: day, limit: 20, cursor }),
  );
  const sorted = [...upcoming.items].sort((a, b) => (a.scheduledAt?.getTime() ?? 0) - (b.scheduledAt?.getTime() ?? 0));
  return (
    <Panel
      title="Upcoming one-on-ones"
      actions={
        <Link href="/meetings" className={`text-sm ${textLink}`}>
          All one-on-ones
        </Link>
      }
    >
      <LoadState
        {...upcoming}
        what="your one-on-ones"
        isEmpty={sorted.length === 0}
        empty={
          <>
            No one-on-ones scheduled.{" "}
            <Link href="/meetings" className={textLink}>
              Propose a coffee
            </Link>{" "}
            with someone you met.
          </>
        }
      >
        <ul className="divide-y divide-slate-200">
          {sorted.map((meeting) => (
            <li key={meeting.id} className="py-2">
              <p className="font-medium text-slate-900">{names.get(meeting.contactId) ?? "A contact"}</p>
              <p className="text-sm text-slate-600">
                {meeting.scheduledAt ? formatTimestamp(meeting.scheduledAt) : "Time to be set"}
                {meeting.location && ` · ${meeting.location}`}
              </p>
            </li>
          ))}
        </ul>
      </LoadState>
    </Panel>
  );
}
