"use client";

import { ZCreateCompanySchema, type TCompany } from "@traction/schemas";
import Link from "next/link";
import { useState } from "react";
import { companies, contacts } from "../../lib/api/records.ts";
import { useOptimisticEdit } from "../../lib/hooks/optimistic.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { useDuplicates } from "../../lib/hooks/use-duplicates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { distinctNames, nameKey, type Names } from "../../lib/hooks/use-names.ts";
import { COMPANY_STATUS_LABELS, optionsOf, RELATIONSHIP_LABELS } from "../../lib/labels.ts";
import { SelectField } from "../forms/select-field.tsx";
import { Badge } from "../ui/badge.tsx";
import { LoadState } from "../ui/load-state.tsx";
import { smallButton, textLink } from "../ui/styles.ts";
import { RecordList, RecordsLayout } from "./record-list.tsx";
import { InlineError } from "../ui/inline-error.tsx";
import { CreatePanel } from "./create-panel.tsx";
import { COMPANY_FIELDS, CompanyFields, readCompany } from "./record-fields.tsx";
import { DuplicateWarning } from "./duplicate-warning.tsx";
import { MergeAction } from "./merge-action.tsx";

const STATUS_OPTIONS = optionsOf(COMPANY_STATUS_LABELS);

export function CompaniesPage({ clientId }: { clientId?: string }) {
  const list = useList(`companies:${clientId ?? "me"}`, (api, cursor) => companies.list(api, { cursor }, clientId));
  const { edit, error } = useOptimisticEdit<TCompany>(list.mutate);
  const create = useCreate(companies.create, list.prepend);
  // What the add form's name holds, to say before saving that the company is already a target.
  const [draftName, setDraftName] = useState("");
  const duplicates = useDuplicates("companies", clientId ? null : { name: draftName });
  // Same-named companies are told apart (by when they were added), here and in the merge's choice.
  const names = distinctNames(list.items, () => null);

  const listPanel = (
    <>
      <InlineError message={error} className="mb-2" />
      <RecordList
        title={clientId ? "Target companies" : "Your target companies"}
        list={list}
        what="target companies"
        empty="No target companies yet. Name the places you want to work: it makes conversations specific."
      >
        {(company) => (
          <CompanyItem
            key={company.id}
            company={company}
            clientId={clientId}
            names={names}
            siblings={list.items}
            onMerged={() => list.reload()}
            onStatus={
              clientId
                ? undefined
                : (status) => void edit(company, { status }, (api) => companies.update(api, company.id, { status }))
            }
          />
        )}
      </RecordList>
    </>
  );
  if (clientId) return listPanel;

  return (
    <RecordsLayout
      list={listPanel}
      form={
        <CreatePanel
          title="Add a target company"
          schema={ZCreateCompanySchema}
          fields={COMPANY_FIELDS}
          read={(data) => readCompany(data, undefined)}
          submitLabel="Add company"
          onSubmit={async (value) => {
            await create(value);
            setDraftName("");
          }}
        >
          {(errors) => (
            <CompanyFields
              errors={errors}
              watch={{
                underName: <DuplicateWarning kind="companies" matches={duplicates} />,
                onDraft: (_field, value) => setDraftName(value),
              }}
            />
          )}
        </CreatePanel>
      }
    />
  );
}

function CompanyItem({
  company,
  clientId,
  names,
  siblings,
  onStatus,
  onMerged,
}: {
  company: TCompany;
  clientId?: string;
  /** Every listed company's name, same names told apart. */
  names: Names;
  siblings: TCompany[];
  onStatus?: (status: TCompany["status"]) => void;
  onMerged: () => void;
}) {
  const name = names.get(company.id) ?? company.name;
  const others = [...names].map(([id, label]) => ({ id, label }));
  // Same-named companies carry "(added …)" after the name: those are offered first, and the merge shows without opening.
  const sameName = siblings.filter((other) => other.id !== company.id && nameKey(other.name) === nameKey(company.name));
  const [open, setOpen] = useState(false);
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center gap-2">
        {clientId ? (
          <p className="font-medium text-slate-900">{name}</p>
        ) : (
          <Link href={`/companies/${company.id}`} className={textLink}>
            {name}
          </Link>
        )}
        {company.priority && <Badge tone={company.priority === 1 ? "info" : "neutral"}>Priority {company.priority}</Badge>}
        <Badge tone={company.insiderCount > 0 ? "good" : "warn"}>
          {company.insiderCount} {company.insiderCount === 1 ? "insider" : "insiders"}
        </Badge>
      </div>
      <div className="mt-2 flex flex-wrap items-end gap-3">
        {onStatus ? (
          <SelectField
            name={`status-${company.id}`}
            label={`Status of ${company.name}`}
            options={STATUS_OPTIONS}
            value={company.status}
            onChange={(event) => onStatus(event.target.value as TCompany["status"])}
            className="w-48"
          />
        ) : (
          <p className="text-sm text-slate-700">{COMPANY_STATUS_LABELS[company.status]}</p>
        )}
        <button type="button" className={smallButton} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide" : "Show"} people there
        </button>
      </div>
      {open && <Insiders companyId={company.id} clientId={clientId} />}
      {!clientId && (open || sameName.length > 0) && (
        <MergeAction
          kind="companies"
          target={{ id: company.id, name }}
          duplicates={sameName.map((other) => ({ id: other.id, name: names.get(other.id) ?? other.name, detail: undefined }))}
          others={others}
          onMerged={onMerged}
        />
      )}
    </li>
  );
}

function Insiders({ companyId, clientId }: { companyId: string; clientId?: string }) {
  const people = useLoad(`contacts:company:${companyId}`, (api) => contacts.list(api, { companyId, limit: 100 }, clientId));
  const list = people.data?.data ?? [];
  return (
    <div className="mt-2 rounded-md bg-slate-50 p-3">
      <LoadState
        {...people}
        what="the people there"
        isEmpty={list.length === 0}
        empty="No contacts linked to this company yet. Insiders — office staff, people who work there — often know first."
      >
        <ul className="space-y-1 text-sm">
          {list.map((contact) => (
            <li key={contact.id} className="flex flex-wrap items-center gap-2">
              {clientId ? (
                <span className="font-medium">{contact.name}</span>
              ) : (
                <Link href={`/contacts/${contact.id}`} className={textLink}>
                  {contact.name}
                </Link>
              )}
              {contact.relationship && <Badge tone="info">{RELATIONSHIP_LABELS[contact.relationship]}</Badge>}
              {contact.title && <span className="text-slate-700">{contact.title}</span>}
            </li>
          ))}
        </ul>
      </LoadState>
    </div>
  );
}
