"use client";

/** One one-on-one: with whom, when and where, the agenda and what came of it. */
import { RECORD_SCHEMAS } from "@traction/schemas";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { conversations, meetings } from "../../../lib/api/records.ts";
import { formatTimestamp } from "../../../lib/dates.ts";
import { useLoad } from "../../../lib/hooks/use-load.ts";
import { useContactNames, useEventPlaces } from "../../../lib/hooks/use-names.ts";
import { MEETING_STATUS_LABELS } from "../../../lib/labels.ts";
import { textLink } from "../../ui/styles.ts";
import { ConversationEntry } from "../contact-detail.tsx";
import { DeleteButton } from "../delete-button.tsx";
import { Detail, DetailList, RecordDetail, RelatedList } from "../record-detail.tsx";
import { RecordEditor } from "../record-editor.tsx";
import { MEETING_FIELDS, MeetingFields, namesToOptions, readMeeting } from "../record-fields.tsx";

export function MeetingDetail({ id }: { id: string }) {
  const router = useRouter();
  const meeting = useLoad(`meeting:${id}`, (api) => meetings.get(api, id));
  const contactId = meeting.data?.contactId;
  // The conversations with this contact that belong to this one-on-one.
  const talks = useLoad(contactId ? `meeting-conversations:${id}` : null, async (api) =>
    (await conversations.list(api, { contactId, limit: 100 })).data.filter((talk) => talk.meetingId === id),
  );
  const names = useContactNames();
  const places = useEventPlaces();
  const nameOf = (who: string) => names.get(who) ?? "a contact";

  return (
    <RecordDetail
      back={{ href: "/meetings", label: "All one-on-ones" }}
      what="this one-on-one"
      loaded={meeting}
      title={(record) => `One-on-one with ${nameOf(record.contactId)}`}
      description={(record) => MEETING_STATUS_LABELS[record.status]}
      details={(record, show) => (
        <>
          <DetailList>
            <Detail label="With">
              <Link href={`/contacts/${record.contactId}`} className={textLink}>
                {nameOf(record.contactId)}
              </Link>
            </Detail>
            <Detail label="Status">{MEETING_STATUS_LABELS[record.status]}</Detail>
            <Detail label="When">{record.scheduledAt && formatTimestamp(record.scheduledAt)}</Detail>
            <Detail label="Where">{record.location}</Detail>
            <Detail label="Agenda">{record.agenda}</Detail>
            <Detail label="Outcome">{record.outcome}</Detail>
          </DetailList>
          <RecordEditor
            name={`the one-on-one with ${nameOf(record.contactId)}`}
            record={record}
            schema={RECORD_SCHEMAS.meetings.update}
            rules={RECORD_SCHEMAS.meetings.create}
            fields={MEETING_FIELDS}
            read={(data) => readMeeting(data, null)}
            save={(api, value) => meetings.update(api, record.id, value)}
            show={show}
          >
            {(errors) => <MeetingFields errors={errors} record={record} contacts={namesToOptions(names)} />}
          </RecordEditor>
          <DeleteButton
            name={`the one-on-one with ${nameOf(record.contactId)}`}
            remove={(api) => meetings.remove(api, record.id)}
            onDeleted={() => router.push("/meetings")}
          />
        </>
      )}
      related={() => (
        <RelatedList
          title="Conversations in it"
          loaded={talks}
          items={talks.data}
          what="the conversations"
          empty="No conversation logged for this one-on-one."
        >
          {(talk) => (
            <li key={talk.id} className="py-2">
              <ConversationEntry talk={talk} places={places} href={`/conversations/${talk.id}`} />
            </li>
          )}
        </RelatedList>
      )}
    />
  );
}
