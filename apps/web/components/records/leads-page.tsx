"use client";

import { LEAD_STAGES, ZCreateLeadSchema, type TLead } from "@traction/schemas";
import type { ReactNode } from "react";
import { leads } from "../../lib/api/records.ts";
import { text } from "../../lib/forms/read-form.ts";
import { useOptimisticEdit } from "../../lib/hooks/optimistic.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { useCompanyNames, useContactNames } from "../../lib/hooks/use-names.ts";
import { LEAD_STAGE_LABELS, optionsOf } from "../../lib/labels.ts";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { textLink } from "../ui/styles.ts";
import { Board } from "./board.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { CreatePanel } from "./create-panel.tsx";

export function LeadsPage({ clientId, aside }: { clientId?: string; aside?: (lead: TLead) => ReactNode }) {
  const contactNames = useContactNames(clientId);
  const companyNames = useCompanyNames(clientId);
  const list = useList(`leads:${clientId ?? "me"}`, (api, cursor) => leads.list(api, { limit: 100, cursor }, clientId));
  const { edit, error } = useOptimisticEdit<TLead>(list.mutate);
  const create = useCreate(leads.create, list.prepend);
  const options = (names: ReadonlyMap<string, string>) => [...names].map(([value, label]) => ({ value, label }));

  return (
    <div className="space-y-4">
      {!clientId && (
        <CreatePanel
          title="Add a lead"
          description="A job opportunity, and who it came from."
          schema={ZCreateLeadSchema}
          fields={["title", "stage", "companyId", "sourceContactId", "url"]}
          read={(data) => ({
            title: text(data, "title") ?? "",
            stage: text(data, "stage"),
            companyId: text(data, "companyId"),
            sourceContactId: text(data, "sourceContactId"),
            url: text(data, "url"),
          })}
          submitLabel="Add lead"
          className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
          onSubmit={create}
        >
          {(errors) => (
            <>
              <TextField name="title" label="Role" error={errors.title} />
              <SelectField
                name="stage"
                label="Stage"
                options={optionsOf(LEAD_STAGE_LABELS)}
                defaultValue="IDEA"
                error={errors.stage}
              />
              <SelectField
                name="companyId"
                label="Company"
                placeholder="Not a target company"
                options={options(companyNames)}
                error={errors.companyId}
              />
              <SelectField
                name="sourceContactId"
                label="Came from"
                placeholder="No one"
                options={options(contactNames)}
                error={errors.sourceContactId}
              />
              <TextField name="url" label="Link" type="url" error={errors.url} />
            </>
          )}
        </CreatePanel>
      )}
      <InlineError message={error} />
      <LoadState
        {...list}
        what="leads"
        hasData={list.items.length > 0}
        isEmpty={list.items.length === 0}
        empty="No leads yet. Ideas and referrals from your conversations belong here."
      >
        <Board
          label="Leads by stage"
          columns={LEAD_STAGES}
          labels={LEAD_STAGE_LABELS}
          items={list.items}
          columnOf={(lead) => lead.stage}
          titleOf={(lead) => lead.title}
          readOnly={Boolean(clientId)}
          onMove={(lead, stage) => void edit(lead, { stage }, (api) => leads.update(api, lead.id, { stage }))}
        >
          {(lead) => (
            <>
              <p className="font-medium break-words text-slate-900">{lead.title}</p>
              {lead.companyId && <p className="text-sm text-slate-700">{companyNames.get(lead.companyId)}</p>}
              {lead.sourceContactId && (
                <p className="text-sm text-slate-700">From {contactNames.get(lead.sourceContactId) ?? "a contact"}</p>
              )}
              {lead.url && (
                <a href={lead.url} className={`text-sm ${textLink}`} rel="noreferrer noopener" target="_blank">
                  Posting
                </a>
              )}
              {aside?.(lead)}
            </>
          )}
        </Board>
      </LoadState>
    </div>
  );
}
