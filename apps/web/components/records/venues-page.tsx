"use client";

import { ZCreateVenueSchema, type TVenueKind } from "@traction/schemas";
import { useState } from "react";
import { venues } from "../../lib/api/records.ts";
import { text } from "../../lib/forms/read-form.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { optionsOf, VENUE_KIND_LABELS } from "../../lib/labels.ts";
import { SelectField } from "../forms/select-field.tsx";
import { TextAreaField } from "../forms/text-area-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { Badge } from "../ui/badge.tsx";
import { textLink } from "../ui/styles.ts";
import { RecordList, RecordsLayout } from "./record-list.tsx";
import { CreatePanel } from "./create-panel.tsx";
import { DeleteButton } from "./delete-button.tsx";

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
                <p className="font-medium text-slate-900">{venue.name}</p>
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
            fields={["name", "kind", "url", "notes"]}
            read={(data) => ({
              name: text(data, "name") ?? "",
              kind: text(data, "kind"),
              url: text(data, "url"),
              notes: text(data, "notes"),
            })}
            submitLabel="Add venue"
            onSubmit={create}
          >
            {(errors) => (
              <>
                <TextField name="name" label="Name" error={errors.name} />
                <SelectField name="kind" label="Kind" placeholder="Choose a kind" options={KIND_OPTIONS} error={errors.kind} />
                <TextField name="url" label="Website" type="url" error={errors.url} />
                <TextAreaField name="notes" label="Notes" error={errors.notes} />
              </>
            )}
          </CreatePanel>
        )
      }
    />
  );
}
