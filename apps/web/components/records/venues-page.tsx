"use client";

import { ZCreateVenueSchema, type TVenueKind } from "@traction/schemas";
import Link from "next/link";
import { useState } from "react";
import { venues } from "../../lib/api/records.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { optionsOf, VENUE_KIND_LABELS } from "../../lib/labels.ts";
import { SelectField } from "../forms/select-field.tsx";
import { Badge } from "../ui/badge.tsx";
import { textLink } from "../ui/styles.ts";
import { RecordList, RecordsLayout } from "./record-list.tsx";
import { CreatePanel } from "./create-panel.tsx";
import { DeleteButton } from "./delete-button.tsx";
import { readVenue, VENUE_FIELDS, VenueFields } from "./record-fields.tsx";

const KIND_OPTIONS = optionsOf(VENUE_KIND_LABELS);

export function VenuesPage({ clientId }: { clientId?: string }) {
  const [kind, setKind] = useState<TVenueKind | "">("");
  const list = useList(`venues:${clientId ?? "me"}:${kind}`, (api, cursor) => venues.list(api, { kind, cursor }, clientId));
  const create = useCreate(venues.create, list.prepend);

  return (
    <RecordsLayout
      list={
        <RecordList
          title={clientId ? "Venues" : "Your venues"}
          list={list}
          what="your venues"
          empty={kind ? "No venues of this kind." : "No venues yet. Add the groups and places where you network."}
          filters={
            <SelectField
              name="kind"
              label="Kind"
              placeholder="All kinds"
              options={KIND_OPTIONS}
              value={kind}
              onChange={(event) => setKind(event.target.value as TVenueKind | "")}
            />
          }
        >
          {(venue) => (
            <li key={venue.id} className="py-3">
              <div className="flex flex-wrap items-center gap-2">
                {clientId ? (
                  <p className="font-medium text-slate-900">{venue.name}</p>
                ) : (
                  <Link href={`/venues/${venue.id}`} className={textLink}>
                    {venue.name}
                  </Link>
                )}
                <Badge tone={venue.kind === "JOBSEEKER_SUPPORT_GROUP" ? "warn" : "neutral"}>
                  {VENUE_KIND_LABELS[venue.kind]}
                </Badge>
              </div>
              {venue.url && (
                <a href={venue.url} className={`text-sm break-all ${textLink}`} rel="noreferrer noopener" target="_blank">
                  {venue.url}
                </a>
              )}
              {venue.notes && <p className="mt-1 text-sm text-slate-700">{venue.notes}</p>}
              {!clientId && (
                <DeleteButton
                  name={venue.name}
                  consequence="with the events logged there"
                  remove={(api) => venues.remove(api, venue.id, { cascade: true })}
                  onDeleted={() => list.drop(venue.id)}
                />
              )}
            </li>
          )}
        </RecordList>
      }
      form={
        !clientId && (
          <CreatePanel
            title="Add a venue"
            schema={ZCreateVenueSchema}
            fields={VENUE_FIELDS}
            read={(data) => readVenue(data, undefined)}
            submitLabel="Add venue"
            onSubmit={create}
          >
            {(errors) => <VenueFields errors={errors} />}
          </CreatePanel>
        )
      }
    />
  );
}
