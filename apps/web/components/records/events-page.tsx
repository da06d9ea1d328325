"use client";

import { ZCreateEventSchema, type TEvent } from "@traction/schemas";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { events, venues } from "../../lib/api/records.ts";
import { formatDay } from "../../lib/dates.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { VENUE_KIND_LABELS, VISIBILITY_LABELS } from "../../lib/labels.ts";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { Badge } from "../ui/badge.tsx";
import { textLink } from "../ui/styles.ts";
import { RecordList, RecordsLayout } from "./record-list.tsx";
import { CreatePanel } from "./create-panel.tsx";
import { DeleteButton } from "./delete-button.tsx";
import { EVENT_FIELDS, EventFields, readEvent } from "./record-fields.tsx";

export function EventsPage({ clientId, aside }: { clientId?: string; aside?: (event: TEvent) => ReactNode }) {
  const [filter, setFilter] = useState({ venueId: "", from: "", to: "" });
  const venueList = useLoad(`venues:all:${clientId ?? "me"}`, (api) => venues.list(api, { limit: 100 }, clientId));
  const venueById = new Map(venueList.data?.data.map((venue) => [venue.id, venue]));
  const venueOptions = (venueList.data?.data ?? []).map((venue) => ({ value: venue.id, label: venue.name }));
  const list = useList(`events:${clientId ?? "me"}:${filter.venueId}:${filter.from}:${filter.to}`, (api, cursor) =>
    events.list(api, { ...filter, cursor }, clientId),
  );
  const create = useCreate(events.create, list.prepend);

  const listPanel = (
    <RecordList
      title={clientId ? "Events" : "Your events"}
      list={list}
      what="events"
      empty="No events in this selection."
      filters={
        <>
          <SelectField
            name="venueId"
            label="Venue"
            placeholder="All venues"
            options={venueOptions}
            value={filter.venueId}
            onChange={(event) => setFilter({ ...filter, venueId: event.target.value })}
          />
          <TextField
            name="from"
            label="From"
            type="date"
            value={filter.from}
            onChange={(event) => setFilter({ ...filter, from: event.target.value })}
          />
          <TextField
            name="to"
            label="To"
            type="date"
            value={filter.to}
            onChange={(event) => setFilter({ ...filter, to: event.target.value })}
          />
        </>
      }
    >
      {(event) => {
        const venue = venueById.get(event.venueId);
        return (
          <li key={event.id} className="py-3">
            <p className="font-medium text-slate-900">
              {clientId ? (
                `${venue?.name ?? "A venue"} · ${formatDay(event.date)}`
              ) : (
                <Link href={`/events/${event.id}`} className={textLink}>
                  {venue?.name ?? "A venue"} · {formatDay(event.date)}
                </Link>
              )}
            </p>
            <p className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <span>
                {event.hours} {event.hours === 1 ? "hour" : "hours"}
              </span>
              {venue && <Badge>{VENUE_KIND_LABELS[venue.kind]}</Badge>}
              {event.visibility && (
                <Badge tone={event.visibility === "BEHIND_THE_SCENES" ? "warn" : "good"}>
                  {VISIBILITY_LABELS[event.visibility]}
                </Badge>
              )}
            </p>
            {event.notes && <p className="mt-1 text-sm text-slate-700">{event.notes}</p>}
            {!clientId && (
              <DeleteButton
                name={`the event at ${venue?.name ?? "a venue"} on ${formatDay(event.date)}`}
                consequence="its conversations stay, without the event"
                remove={(api) => events.remove(api, event.id)}
                onDeleted={() => list.drop(event.id)}
              />
            )}
            {aside?.(event)}
          </li>
        );
      }}
    </RecordList>
  );
  if (clientId) return listPanel;

  return (
    <RecordsLayout
      list={listPanel}
      form={
        <CreatePanel
          title="Add an event"
          description="Several people and conversations at once? Use the quick log."
          schema={ZCreateEventSchema}
          fields={EVENT_FIELDS}
          read={(data) => readEvent(data, undefined)}
          submitLabel="Add event"
          onSubmit={create}
        >
          {(errors) => <EventFields errors={errors} venues={venueOptions} />}
        </CreatePanel>
      }
    />
  );
}
