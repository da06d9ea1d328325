"use client";

/** One venue: what it is, and the events logged there. */
import { RECORD_SCHEMAS } from "@traction/schemas";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { events, venues } from "../../../lib/api/records.ts";
import { formatDay } from "../../../lib/dates.ts";
import { useLoad } from "../../../lib/hooks/use-load.ts";
import { VENUE_KIND_LABELS } from "../../../lib/labels.ts";
import { textLink } from "../../ui/styles.ts";
import { DeleteButton } from "../delete-button.tsx";
import { Detail, DetailList, ExternalLink, RecordDetail, RelatedList } from "../record-detail.tsx";
import { RecordEditor } from "../record-editor.tsx";
import { readVenue, VENUE_FIELDS, VenueFields } from "../record-fields.tsx";

export function VenueDetail({ id }: { id: string }) {
  const router = useRouter();
  const venue = useLoad(`venue:${id}`, (api) => venues.get(api, id));
  const held = useLoad(`venue-events:${id}`, (api) => events.list(api, { venueId: id, limit: 100 }));

  return (
    <RecordDetail
      back={{ href: "/venues", label: "All venues" }}
      what="this venue"
      loaded={venue}
      title={(record) => record.name}
      description={(record) => VENUE_KIND_LABELS[record.kind]}
      details={(record, show) => (
        <>
          <DetailList>
            <Detail label="Kind">{VENUE_KIND_LABELS[record.kind]}</Detail>
            <Detail label="Website">
              <ExternalLink url={record.url} />
            </Detail>
            <Detail label="Notes">{record.notes}</Detail>
          </DetailList>
          <RecordEditor
            name={record.name}
            record={record}
            schema={RECORD_SCHEMAS.venues.update}
            rules={RECORD_SCHEMAS.venues.create}
            fields={VENUE_FIELDS}
            read={(data) => readVenue(data, null)}
            save={(api, value) => venues.update(api, record.id, value)}
            show={show}
          >
            {(errors) => <VenueFields errors={errors} record={record} />}
          </RecordEditor>
          <DeleteButton
            name={record.name}
            consequence="with the events logged there"
            remove={(api) => venues.remove(api, record.id, { cascade: true })}
            onDeleted={() => router.push("/venues")}
          />
        </>
      )}
      related={() => (
        <RelatedList
          title="Events here"
          loaded={held}
          items={held.data?.data}
          what="the events here"
          empty="No events logged at this venue yet."
        >
          {(event) => (
            <li key={event.id} className="py-2">
              <Link href={`/events/${event.id}`} className={textLink}>
                {formatDay(event.date)}
              </Link>{" "}
              <span className="text-sm text-slate-700">
                · {event.hours} {event.hours === 1 ? "hour" : "hours"}
              </span>
              {event.notes && <p className="text-sm text-slate-700">{event.notes}</p>}
            </li>
          )}
        </RelatedList>
      )}
    />
  );
}
