"use client";

/** One contact: who they are, and the timeline of conversations and one-on-ones with them. */
import type { TConversation, TMeeting } from "@traction/schemas";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
import { contacts, conversations, meetings } from "../../lib/api/records.ts";
import { formatDay, formatTimestamp } from "../../lib/dates.ts";
import { useDuplicates } from "../../lib/hooks/use-duplicates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { useCompanyNames, useContactNames, useEventPlaces, type Names } from "../../lib/hooks/use-names.ts";
import { CHANNEL_LABELS, MEETING_STATUS_LABELS, RELATIONSHIP_LABELS } from "../../lib/labels.ts";
import { Badge } from "../ui/badge.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { PageHeader } from "../ui/page-header.tsx";
import { Panel } from "../ui/panel.tsx";
import { textLink } from "../ui/styles.ts";
import { CompanySuggestion } from "./company-suggestion.tsx";
import { DeleteButton } from "./delete-button.tsx";
import { MergeAction } from "./merge-action.tsx";

type Entry = { kind: "conversation"; at: Date; item: TConversation } | { kind: "meeting"; at: Date; item: TMeeting };

export function ContactDetail({ id }: { id: string }) {
  const router = useRouter();
  const contact = useLoad(`contact:${id}`, (api) => contacts.get(api, id));
  const timeline = useLoad(`contact-timeline:${id}`, async (api) => {
    const [talks, coffees] = await Promise.all([
      conversations.list(api, { contactId: id, limit: 100 }),
      meetings.list(api, { contactId: id, limit: 100 }),
    ]);
    const entries: Entry[] = [
      ...talks.data.map((item) => ({ kind: "conversation" as const, at: item.date, item })),
      ...coffees.data.map((item) => ({ kind: "meeting" as const, at: item.scheduledAt ?? item.createdAt, item })),
    ];
    return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
  });
  const companyNames = useCompanyNames();
  const places = useEventPlaces();
  const person = contact.data;
  const contactNames = useContactNames();
  const duplicates = useDuplicates("contacts", person ? { name: person.name, email: person.email ?? "", excludeId: id } : null);
  // `?merge=<id>`: a duplicate warning's "merge the two" opens the merge with that one chosen.
  const mergeId = useSearchParams().get("merge") ?? undefined;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/contacts" className={textLink}>
          ← All contacts
        </Link>
      </p>
      <LoadState {...contact} what="this contact" hasData={Boolean(person)}>
        {person && (
          <>
            <PageHeader
              title={person.name}
              description={[person.title, person.company].filter(Boolean).join(", ") || undefined}
            />
            <div className="grid items-start gap-4 lg:grid-cols-[18rem_1fr]">
              <Panel title="Details">
                <dl className="space-y-2 text-sm">
                  <Detail label="Relationship">{person.relationship ? RELATIONSHIP_LABELS[person.relationship] : "—"}</Detail>
                  <Detail label="Target company">
                    {(person.companyId && companyNames.get(person.companyId)) || "—"}
                    <CompanySuggestion
                      contact={person}
                      companyName={person.suggestedCompanyId ? companyNames.get(person.suggestedCompanyId) : undefined}
                      onLinked={() => contact.reload()}
                    />
                  </Detail>
                  <Detail label="Email">{person.email ?? "—"}</Detail>
                  <Detail label="Phone">{person.phone ?? "—"}</Detail>
                  <Detail label="First met">{person.firstMetOn ? formatDay(person.firstMetOn) : "—"}</Detail>
                  <Detail label="Last contacted">{person.lastContactedOn ? formatDay(person.lastContactedOn) : "—"}</Detail>
                  <Detail label="Last heard your pitch">
                    {person.lastHeardPitchOn ? formatDay(person.lastHeardPitchOn) : "never"}
                  </Detail>
                  {person.tags.length > 0 && <Detail label="Tags">{person.tags.join(", ")}</Detail>}
                  {person.notes && <Detail label="Notes">{person.notes}</Detail>}
                </dl>
                <DeleteButton
                  name={person.name}
                  remove={(api) => contacts.remove(api, person.id)}
                  onDeleted={() => router.push("/contacts")}
                />
                <MergeAction
                  kind="contacts"
                  target={{ id: person.id, name: person.name }}
                  duplicates={duplicates}
                  others={[...contactNames].map(([value, label]) => ({ id: value, label }))}
                  initialSourceId={mergeId}
                  onMerged={() => {
                    router.replace(`/contacts/${person.id}`);
                    contact.reload();
                    timeline.reload();
                    duplicates.reload?.();
                  }}
                />
              </Panel>
              <Panel title="Timeline" description="Conversations and one-on-ones, newest first.">
                <LoadState
                  {...timeline}
                  what="the timeline"
                  hasData={Boolean(timeline.data)}
                  isEmpty={timeline.data?.length === 0}
                  empty="Nothing yet: no conversation or one-on-one with this contact."
                >
                  <ol className="space-y-3">
                    {timeline.data?.map((entry) => (
                      <li key={`${entry.kind}:${entry.item.id}`} className="border-l-4 border-indigo-200 pl-3">
                        {entry.kind === "conversation" ? (
                          <ConversationEntry talk={entry.item} places={places} />
                        ) : (
                          <MeetingEntry meeting={entry.item} />
                        )}
                      </li>
                    ))}
                  </ol>
                </LoadState>
              </Panel>
            </div>
          </>
        )}
      </LoadState>
    </>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium break-words text-slate-900">{children}</dd>
    </div>
  );
}

export function ConversationEntry({ talk, places }: { talk: TConversation; places: Names }) {
  const place = talk.eventId ? places.get(talk.eventId) : undefined;
  const covered = [
    talk.mentionedJobSearch && "mentioned the job search",
    talk.mentionedCompanyIds.length > 0 &&
      `named ${talk.mentionedCompanyIds.length} target ${talk.mentionedCompanyIds.length === 1 ? "company" : "companies"}`,
    talk.explainedWhatIDo && "explained what I do",
    talk.smallTalkOnly && "small talk only",
  ].filter(Boolean);
  return (
    <>
      <p className="font-medium text-slate-900">
        Conversation · {formatDay(talk.date)}
        {place ? (
          <span className="font-normal text-slate-700"> · at {place}</span>
        ) : (
          talk.channel && <span className="font-normal text-slate-700"> · {CHANNEL_LABELS[talk.channel]}</span>
        )}
      </p>
      <p className="text-sm text-slate-700">
        {covered.length > 0 ? covered.join(", ") : "Nothing recorded about what was covered"}
      </p>
      {talk.followUp && (
        <p className="text-sm text-slate-700">
          Follow-up: {talk.followUp.action}
          {talk.followUp.dueOn && ` by ${formatDay(talk.followUp.dueOn)}`} {talk.followUp.done && <Badge tone="good">Done</Badge>}
        </p>
      )}
      {talk.notes && <p className="text-sm text-slate-700">{talk.notes}</p>}
    </>
  );
}

function MeetingEntry({ meeting }: { meeting: TMeeting }) {
  return (
    <>
      <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
        One-on-one {meeting.scheduledAt && `· ${formatTimestamp(meeting.scheduledAt)}`}
        <Badge tone={meeting.status === "DONE" ? "good" : meeting.status === "SCHEDULED" ? "info" : "neutral"}>
          {MEETING_STATUS_LABELS[meeting.status]}
        </Badge>
      </p>
      {meeting.agenda && <p className="text-sm text-slate-700">Agenda: {meeting.agenda}</p>}
      {meeting.outcome && <p className="text-sm text-slate-700">Outcome: {meeting.outcome}</p>}
    </>
  );
}
