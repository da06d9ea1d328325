"use client";

/**
 * A coach's view of one client: insights with comment threads on the weeks,
 * the plan, the records (read-only, each commentable where the API allows),
 * assignments and suggested targets. The client's header comes from their
 * own roster entry (`GET /coach/clients/:id`); each section has its own URL.
 */
import dynamic from "next/dynamic";
import Link from "next/link";
import { useState } from "react";
import { ApiError } from "../../lib/api/api-error.ts";
import { getRosterEntry } from "../../lib/api/coaching.ts";
import { getPlan } from "../../lib/api/insights.ts";
import { addDays, formatDay, toDateString } from "../../lib/dates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { TARGET_LABELS } from "../../lib/labels.ts";
import { CommentsDisclosure } from "../comments/comments-disclosure.tsx";
import { subjectTitle } from "../comments/comments-inbox.tsx";
import { InsightsPanel } from "../insights/insights-page.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { textLink } from "../ui/styles.ts";
import { AssignTask, SuggestTargets } from "./coach-actions.tsx";
import { CLIENT_SECTIONS, sectionHref, type ClientSection } from "./client-sections.ts";
import { HealthScore } from "./health-score.tsx";

// The record sections load when opened: the first visit only needs the insights.
const loading = () => <p className="text-sm text-slate-600">Loading…</p>;
const EventsPage = dynamic(() => import("../records/events-page.tsx").then((module) => module.EventsPage), { loading });
const MeetingsPage = dynamic(() => import("../records/meetings-page.tsx").then((module) => module.MeetingsPage), { loading });
const LeadsPage = dynamic(() => import("../records/leads-page.tsx").then((module) => module.LeadsPage), { loading });
const ContactsPage = dynamic(() => import("../records/contacts-page.tsx").then((module) => module.ContactsPage), { loading });
const CompaniesPage = dynamic(() => import("../records/companies-page.tsx").then((module) => module.CompaniesPage), { loading });
const VenuesPage = dynamic(() => import("../records/venues-page.tsx").then((module) => module.VenuesPage), { loading });
const PostsPage = dynamic(() => import("../records/posts-page.tsx").then((module) => module.PostsPage), { loading });
const TasksPage = dynamic(() => import("../records/tasks-page.tsx").then((module) => module.TasksPage), { loading });
const ClientReviews = dynamic(() => import("../reviews/client-reviews.tsx").then((module) => module.ClientReviews), { loading });
const ClientConversations = dynamic(() => import("./client-conversations.tsx").then((module) => module.ClientConversations), {
  loading,
});

export function ClientView({ clientId, section }: { clientId: string; section: ClientSection }) {
  const loaded = useLoad(`roster-entry:${clientId}`, (api) => getRosterEntry(api, clientId));
  const entry = loaded.data;
  const unlinked = loaded.status === "error" && loaded.error instanceof ApiError && loaded.error.status === 404;
  const [tasksVersion, setTasksVersion] = useState(0);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/" className={textLink}>
          ← Roster
        </Link>
      </p>
      {unlinked ? (
        <p role="alert" className="text-slate-800">
          This client is not linked to you (any more).
        </p>
      ) : (
        <LoadState {...loaded} what="your client" hasData={Boolean(entry)}>
          {entry && (
            <>
              <PageHeader
                title={entry.client.name}
                description="Read-only: you can comment, give assignments and suggest targets."
              >
                <HealthScore score={entry.healthScore} />
                <span className="text-sm text-slate-700">
                  {entry.reviewedLastWeek
                    ? "Reviewed last week"
                    : entry.lastReviewWeek
                      ? `No review of last week (latest: week of ${formatDay(entry.lastReviewWeek)})`
                      : "No weekly review yet"}
                </span>
              </PageHeader>
              <nav aria-label="Client sections" className="mb-4 flex flex-wrap gap-1.5">
                {CLIENT_SECTIONS.map(({ slug, label }) => (
                  <Link
                    key={slug}
                    href={sectionHref(clientId, slug)}
                    aria-current={section === slug ? "page" : undefined}
                    className="rounded-full border border-slate-400 bg-white px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 aria-[current=page]:border-indigo-700 aria-[current=page]:bg-indigo-700 aria-[current=page]:text-white"
                  >
                    {label}
                  </Link>
                ))}
              </nav>
              {section === "insights" && (
                // The week's comment box beside what the coach reads (below it on a phone).
                <div className="grid items-start gap-4 lg:grid-cols-[1fr_22rem]">
                  <div className="min-w-0">
                    <InsightsPanel clientId={clientId} />
                  </div>
                  <div className="lg:sticky lg:top-4">
                    <WeekThreads clientId={clientId} thisWeek={toDateString(entry.targets.weekStart)} />
                  </div>
                </div>
              )}
              {section === "plan" && <ClientPlan clientId={clientId} />}
              {section === "reviews" && <ClientReviews clientId={clientId} />}
              {section === "events" && (
                <EventsPage
                  clientId={clientId}
                  aside={(event) => (
                    <CommentsDisclosure
                      clientId={clientId}
                      subjectType="EVENT"
                      subjectId={event.id}
                      label="Comment on this event"
                    />
                  )}
                />
              )}
              {section === "conversations" && <ClientConversations clientId={clientId} />}
              {section === "one-on-ones" && (
                <MeetingsPage
                  clientId={clientId}
                  aside={(meeting) => (
                    <CommentsDisclosure
                      clientId={clientId}
                      subjectType="MEETING"
                      subjectId={meeting.id}
                      label="Comment on this one-on-one"
                    />
                  )}
                />
              )}
              {section === "leads" && (
                <LeadsPage
                  clientId={clientId}
                  aside={(lead) => (
                    <CommentsDisclosure clientId={clientId} subjectType="LEAD" subjectId={lead.id} label="Comment on this lead" />
                  )}
                />
              )}
              {section === "contacts" && <ContactsPage clientId={clientId} />}
              {section === "companies" && <CompaniesPage clientId={clientId} />}
              {section === "venues" && <VenuesPage clientId={clientId} />}
              {section === "posts" && <PostsPage clientId={clientId} />}
              {section === "tasks" && (
                <div className="grid items-start gap-4 lg:grid-cols-[1fr_20rem]">
                  <TasksPage key={tasksVersion} clientId={clientId} />
                  <AssignTask clientId={clientId} onAssigned={() => setTasksVersion((version) => version + 1)} />
                </div>
              )}
            </>
          )}
        </LoadState>
      )}
    </>
  );
}

/** The last four weeks, each with its comment thread; this week (in the client's time zone) open. */
function WeekThreads({ clientId, thisWeek }: { clientId: string; thisWeek: string }) {
  const weeks = [0, 1, 2, 3].map((back) => addDays(thisWeek, -7 * back));
  return (
    <Panel title="Comments on the weeks">
      <ul className="space-y-3">
        {weeks.map((monday, index) => (
          <li key={monday}>
            <h3 className="text-sm font-semibold text-slate-900">{subjectTitle("WEEK", monday)}</h3>
            <CommentsDisclosure
              clientId={clientId}
              subjectType="WEEK"
              subjectId={monday}
              label={`Comment on the ${subjectTitle("WEEK", monday).toLowerCase()}`}
              defaultOpen={index === 0}
            />
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function ClientPlan({ clientId }: { clientId: string }) {
  const plan = useLoad(`plan:${clientId}`, (api) => getPlan(api, clientId));
  const data = plan.data;
  return (
    <LoadState {...plan} what="the plan" hasData={Boolean(data)}>
      {data && (
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <Panel title="Plan">
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-slate-600">Pitch</dt>
                <dd className="text-slate-900">{data.pitch ?? "Not written yet"}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Target roles</dt>
                <dd className="text-slate-900">{data.targetRoles.join(", ") || "None yet"}</dd>
              </div>
              {(Object.keys(TARGET_LABELS) as Array<keyof typeof TARGET_LABELS>).map((key) => (
                <div key={key} className="flex justify-between gap-2">
                  <dt className="text-slate-600">{TARGET_LABELS[key]} per week</dt>
                  <dd className="font-medium text-slate-900">{data.weeklyTargets[key]}</dd>
                </div>
              ))}
            </dl>
            <CommentsDisclosure
              clientId={clientId}
              subjectType="PLAN"
              subjectId={data.id}
              label="Comment on the plan"
              defaultOpen
            />
          </Panel>
          <SuggestTargets clientId={clientId} plan={data} />
        </div>
      )}
    </LoadState>
  );
}
