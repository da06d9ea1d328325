"use client";

/** One contact: who they are, the timeline of conversations and one-on-ones with them, their tasks and the leads they brought. */
import { RECORD_SCHEMAS, type TConversation, type TMeeting } from "@traction/schemas";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { contacts, conversations, leads, meetings, tasks } from "../../lib/api/records.ts";
import { formatDay, formatTimestamp } from "../../lib/dates.ts";
import { useDuplicates } from "../../lib/hooks/use-duplicates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { useCompanyNames, useContactNames, useEventPlaces, type Names } from "../../lib/hooks/use-names.ts";
import { CHANNEL_LABELS, MEETING_STATUS_LABELS, RELATIONSHIP_LABELS } from "../../lib/labels.ts";
import { Badge } from "../ui/badge.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { Panel } from "../ui/panel.tsx";
import { textLink } from "../ui/styles.ts";
import { CompanySuggestion } from "./company-suggestion.tsx";
import { DeleteButton } from "./delete-button.tsx";
import { MergeAction } from "./merge-action.tsx";
import { Detail, DetailList, LeadItem, RecordDetail, RelatedList } from "./record-detail.tsx";
import { RecordEditor } from "./record-editor.tsx";
import { CONTACT_FIELDS, ContactFields, namesToOptions, readContact } from "./record-fields.tsx";

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
  const theirTasks = useLoad(`contact-tasks:${id}`, (api) => tasks.list(api, { contactId: id, limit: 100 }));
  const theirLeads = useLoad(`contact-leads:${id}`, (api) => leads.list(api, { sourceContactId: id, limit: 100 }));
  const companyNames = useCompanyNames();
  const places = useEventPlaces();
  const contactNames = useContactNames();
  const loaded = contact.data;
  const duplicates = useDuplicates("contacts", loaded ? { name: loaded.name, email: loaded.email ?? "", excludeId: id } : null);
  // `?merge=<id>`: a duplicate warning's "merge the two" opens the merge with that one chosen.
  const mergeId = useSearchParams().get("merge") ?? undefined;

  return (
    <RecordDetail
      back={{ href: "/contacts", label: "All contacts" }}
      what="this contact"
      loaded={contact}
      title={(person) => person.name}
      description={(person) => [person.title, person.company].filter(Boolean).join(", ") || undefined}
      details={(person, show) => (
        <>
          <DetailList>
            <Detail label="Relationship">{person.relationship && RELATIONSHIP_LABELS[person.relationship]}</Detail>
            <Detail label="Target company">
              {person.companyId && (
                <Link href={`/companies/${person.companyId}`} className={textLink}>
                  {companyNames.get(person.companyId) ?? "A target company"}
                </Link>
              )}
              <CompanySuggestion
                contact={person}
                companyName={person.suggestedCompanyId ? companyNames.get(person.suggestedCompanyId) : undefined}
                onLinked={() => contact.reload()}
              />
            </Detail>
            <Detail label="Email">{person.email}</Detail>
            <Detail label="Phone">{person.phone}</Detail>
            <Detail label="First met">{person.firstMetOn && formatDay(person.firstMetOn)}</Detail>
            <Detail label="Last contacted">{person.lastContactedOn && formatDay(person.lastContactedOn)}</Detail>
            <Detail label="Last heard your pitch">
              {person.lastHeardPitchOn ? formatDay(person.lastHeardPitchOn) : "never"}
            </Detail>
            {person.tags.length > 0 && <Detail label="Tags">{person.tags.join(", ")}</Detail>}
            <Detail label="Notes">{person.notes}</Detail>
          </DetailList>
          <RecordEditor
            name={person.name}
            record={person}
            schema={RECORD_SCHEMAS.contacts.update}
            rules={RECORD_SCHEMAS.contacts.create}
            fields={CONTACT_FIELDS}
            read={(data) => readContact(data, null)}
            save={(api, value) => contacts.update(api, person.id, value)}
            show={show}
          >
            {(errors) => <ContactFields errors={errors} record={person} companies={namesToOptions(companyNames)} />}
          </RecordEditor>
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
        </>
      )}
      related={() => (
        <>
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
                      <ConversationEntry talk={entry.item} places={places} href={`/conversations/${entry.item.id}`} />
                    ) : (
                      <MeetingEntry meeting={entry.item} />
                    )}
                  </li>
                ))}
              </ol>
            </LoadState>
          </Panel>
          <RelatedList
            title="Tasks about them"
            loaded={theirTasks}
            items={theirTasks.data?.data}
            what="the tasks"
            empty="No tasks about this contact."
          >
            {(task) => (
              <li key={task.id} className="flex flex-wrap items-center gap-2 py-2">
                <Link href={`/tasks/${task.id}`} className={textLink}>
                  {task.title}
                </Link>
                {task.done ? (
                  <Badge tone="good">Done</Badge>
                ) : (
                  task.dueOn && <span className="text-sm">due {formatDay(task.dueOn)}</span>
                )}
              </li>
            )}
          </RelatedList>
          <RelatedList
            title="Leads they brought"
            loaded={theirLeads}
            items={theirLeads.data?.data}
            what="the leads"
            empty="No leads came from this contact yet."
          >
            {(lead) => <LeadItem key={lead.id} lead={lead} />}
          </RelatedList>
        </>
      )}
    />
  );
}

export function ConversationEntry({
  talk,
  places,
  href,
  names,
}: {
  talk: TConversation;
  places: Names;
  /** The conversation's own page, linked from its title. */
  href?: string;
  /** Contact names, to say who it was with. */
  names?: Names;
}) {
  const title = `Conversation · ${formatDay(talk.date)}`;
  const who = names ? talk.contactIds.map((contactId) => names.get(contactId) ?? "a contact").join(", ") : null;
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
        {href ? (
          <Link href={href} className={textLink}>
            {title}
          </Link>
        ) : (
          title
        )}
        {who && <span className="font-normal text-slate-700"> · with {who}</span>}
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
        <Link href={`/meetings/${meeting.id}`} className={textLink}>
          One-on-one {meeting.scheduledAt && `· ${formatTimestamp(meeting.scheduledAt)}`}
        </Link>
        <Badge tone={meeting.status === "DONE" ? "good" : meeting.status === "SCHEDULED" ? "info" : "neutral"}>
          {MEETING_STATUS_LABELS[meeting.status]}
        </Badge>
      </p>
      {meeting.agenda && <p className="text-sm text-slate-700">Agenda: {meeting.agenda}</p>}
      {meeting.outcome && <p className="text-sm text-slate-700">Outcome: {meeting.outcome}</p>}
    </>
  );
}
