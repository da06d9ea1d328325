"use client";

/** One event: where and when, the conversations had there, and the people met. */
import { RECORD_SCHEMAS } from "@traction/schemas";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { conversations, events, venues } from "../../../lib/api/records.ts";
import { formatDay } from "../../../lib/dates.ts";
import { useLoad } from "../../../lib/hooks/use-load.ts";
import { useContactNames, useEventPlaces } from "../../../lib/hooks/use-names.ts";
import { VISIBILITY_LABELS } from "../../../lib/labels.ts";
import { textLink } from "../../ui/styles.ts";
import { ConversationEntry } from "../contact-detail.tsx";
import { DeleteButton } from "../delete-button.tsx";
import { Detail, DetailList, RecordDetail, RelatedList } from "../record-detail.tsx";
import { RecordEditor } from "../record-editor.tsx";
import { EVENT_FIELDS, EventFields, readEvent } from "../record-fields.tsx";

export function EventDetail({ id }: { id: string }) {
  const router = useRouter();
  const event = useLoad(`event:${id}`, (api) => events.get(api, id));
  const venueList = useLoad("venues:all:me", (api) => venues.list(api, { limit: 100 }));
  const talks = useLoad(`event-conversations:${id}`, (api) => conversations.list(api, { eventId: id, limit: 100 }));
  const names = useContactNames();
  const places = useEventPlaces();
  const venueOptions = (venueList.data?.data ?? []).map((venue) => ({ value: venue.id, label: venue.name }));
  const venueName = (venueId: string) => venueList.data?.data.find((venue) => venue.id === venueId)?.name ?? "A venue";
  const people = [...new Set(talks.data?.data.flatMap((talk) => talk.contactIds))];

  return (
    <RecordDetail
      back={{ href: "/events", label: "All events" }}
      what="this event"
      loaded={event}
      title={(record) => `${venueName(record.venueId)} · ${formatDay(record.date)}`}
      details={(record, show) => (
        <>
          <DetailList>
            <Detail label="Venue">
              <Link href={`/venues/${record.venueId}`} className={textLink}>
                {venueName(record.venueId)}
              </Link>
            </Detail>
            <Detail label="Date">{formatDay(record.date)}</Detail>
            <Detail label="Hours">{record.hours}</Detail>
            <Detail label="Visibility">{record.visibility && VISIBILITY_LABELS[record.visibility]}</Detail>
            <Detail label="Notes">{record.notes}</Detail>
          </DetailList>
          <RecordEditor
            name={`the event on ${formatDay(record.date)}`}
            record={record}
            schema={RECORD_SCHEMAS.events.update}
            rules={RECORD_SCHEMAS.events.create}
            fields={EVENT_FIELDS}
            read={(data) => readEvent(data, null)}
            save={(api, value) => events.update(api, record.id, value)}
            show={show}
          >
            {(errors) => <EventFields errors={errors} record={record} venues={venueOptions} />}
          </RecordEditor>
          <DeleteButton
            name={`the event on ${formatDay(record.date)}`}
            consequence="its conversations stay, without the event"
            remove={(api) => events.remove(api, record.id)}
            onDeleted={() => router.push("/events")}
          />
        </>
      )}
      related={() => (
        <>
          <RelatedList
            title="People you talked to"
            loaded={talks}
            items={talks.data ? people : undefined}
            what="the people"
            empty="No conversations logged at this event."
          >
            {(contactId) => (
              <li key={contactId} className="py-2">
                <Link href={`/contacts/${contactId}`} className={textLink}>
                  {names.get(contactId) ?? "A contact"}
                </Link>
              </li>
            )}
          </RelatedList>
          <RelatedList
            title="Conversations"
            loaded={talks}
            items={talks.data?.data}
            what="the conversations"
            empty="No conversations logged at this event."
          >
            {(talk) => (
              <li key={talk.id} className="py-2">
                <ConversationEntry talk={talk} places={places} href={`/conversations/${talk.id}`} names={names} />
              </li>
            )}
          </RelatedList>
        </>
      )}
    />
  );
}
