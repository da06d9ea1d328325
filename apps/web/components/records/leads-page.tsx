"use client";

import { LEAD_STAGES, ZCreateLeadSchema, type TLead } from "@traction/schemas";
import Link from "next/link";
import type { ReactNode } from "react";
import { leads } from "../../lib/api/records.ts";
import { useOptimisticEdit } from "../../lib/hooks/optimistic.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { useCompanyNames, useContactNames } from "../../lib/hooks/use-names.ts";
import { LEAD_STAGE_LABELS } from "../../lib/labels.ts";
import { LoadState } from "../ui/load-state.tsx";
import { textLink } from "../ui/styles.ts";
import { Board } from "./board.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { CreatePanel } from "./create-panel.tsx";
import { LEAD_FIELDS, LeadFields, namesToOptions, readLead } from "./record-fields.tsx";

export function LeadsPage({ clientId, aside }: { clientId?: string; aside?: (lead: TLead) => ReactNode }) {
  const contactNames = useContactNames(clientId);
  const companyNames = useCompanyNames(clientId);
  const list = useList(`leads:${clientId ?? "me"}`, (api, cursor) => leads.list(api, { limit: 100, cursor }, clientId));
  const { edit, error } = useOptimisticEdit<TLead>(list.mutate);
  const create = useCreate(leads.create, list.prepend);

  return (
    <div className="space-y-4">
      {!clientId && (
        <CreatePanel
          title="Add a lead"
          description="A job opportunity, and who it came from."
          schema={ZCreateLeadSchema}
          fields={LEAD_FIELDS}
          read={(data) => readLead(data, undefined)}
          submitLabel="Add lead"
          className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
          onSubmit={create}
        >
          {(errors) => (
            <LeadFields errors={errors} companies={namesToOptions(companyNames)} contacts={namesToOptions(contactNames)} />
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
              <p className="font-medium break-words text-slate-900">
                {clientId ? (
                  lead.title
                ) : (
                  <Link href={`/leads/${lead.id}`} className={textLink}>
                    {lead.title}
                  </Link>
                )}
              </p>
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
