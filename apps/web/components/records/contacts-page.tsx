"use client";

import { ZCreateContactSchema, type TRelationship } from "@traction/schemas";
import Link from "next/link";
import { useEffect, useState } from "react";
import { contacts } from "../../lib/api/records.ts";
import { formatDay } from "../../lib/dates.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { useDuplicates } from "../../lib/hooks/use-duplicates.ts";
import { useCompanyNames } from "../../lib/hooks/use-names.ts";
import { optionsOf, RELATIONSHIP_LABELS } from "../../lib/labels.ts";
import { SelectField } from "../forms/select-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { Badge } from "../ui/badge.tsx";
import { textLink } from "../ui/styles.ts";
import { RecordList, RecordsLayout } from "./record-list.tsx";
import { CompanySuggestion } from "./company-suggestion.tsx";
import { CreatePanel } from "./create-panel.tsx";
import { DuplicateWarning } from "./duplicate-warning.tsx";
import { LinkedinImport } from "./linkedin-import.tsx";
import { CONTACT_FIELDS, ContactFields, readContact } from "./record-fields.tsx";

const RELATIONSHIP_OPTIONS = optionsOf(RELATIONSHIP_LABELS);

export function ContactsPage({ clientId }: { clientId?: string }) {
  const [search, setSearch] = useState("");
  const [q, setQ] = useState("");
  const [relationship, setRelationship] = useState<TRelationship | "">("");
  const [companyId, setCompanyId] = useState("");
  const companyNames = useCompanyNames(clientId);
  const companyOptions = [...companyNames].map(([value, label]) => ({ value, label }));

  // Search as you type, once the typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => setQ(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);

  const list = useList(
    `contacts:${clientId ?? "me"}:${q}:${relationship}:${companyId}`,
    (api, cursor) => contacts.list(api, { q, relationship, companyId, cursor }, clientId),
    { keepPrevious: true },
  );
  const create = useCreate(contacts.create, list.prepend);
  // What the add form holds, to say before saving that the person already exists.
  const [draft, setDraft] = useState({ name: "", email: "" });
  const duplicates = useDuplicates("contacts", clientId ? null : draft);
  const filtered = Boolean(q || relationship || companyId);

  const listPanel = (
    <RecordList
      title={clientId ? "Contacts" : "Your contacts"}
      list={list}
      what="contacts"
      empty={filtered ? "No contact matches." : "No contacts yet. Log the people you meet with the quick log."}
      filters={
        <>
          <TextField
            name="q"
            label="Search"
            type="search"
            placeholder="Name or company"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <SelectField
            name="relationship"
            label="Relationship"
            placeholder="Anyone"
            options={RELATIONSHIP_OPTIONS}
            value={relationship}
            onChange={(event) => setRelationship(event.target.value as TRelationship | "")}
          />
          <SelectField
            name="companyId"
            label="Target company"
            placeholder="Any company"
            options={companyOptions}
            value={companyId}
            onChange={(event) => setCompanyId(event.target.value)}
          />
        </>
      }
    >
      {(contact) => (
        <li key={contact.id} className="py-3">
          <div className="flex flex-wrap items-center gap-2">
            {clientId ? (
              <p className="font-medium text-slate-900">{contact.name}</p>
            ) : (
              <Link href={`/contacts/${contact.id}`} className={textLink}>
                {contact.name}
              </Link>
            )}
            {contact.relationship && <Badge tone="info">{RELATIONSHIP_LABELS[contact.relationship]}</Badge>}
            {contact.companyId && companyNames.get(contact.companyId) && <Badge>{companyNames.get(contact.companyId)}</Badge>}
          </div>
          <p className="text-sm text-slate-700">{[contact.title, contact.company].filter(Boolean).join(", ")}</p>
          {!clientId && contact.suggestedCompanyId && (
            <CompanySuggestion
              contact={contact}
              companyName={companyNames.get(contact.suggestedCompanyId)}
              onLinked={(saved) => list.mutate((items) => items.map((item) => (item.id === saved.id ? saved : item)))}
            />
          )}
          <p className="text-sm text-slate-600">
            {contact.lastContactedOn ? `Last contacted ${formatDay(contact.lastContactedOn)}` : "Not contacted yet"}
            {contact.lastHeardPitchOn
              ? ` · heard your pitch ${formatDay(contact.lastHeardPitchOn)}`
              : " · has not heard your pitch"}
          </p>
        </li>
      )}
    </RecordList>
  );
  if (clientId) return listPanel;

  return (
    <RecordsLayout
      list={listPanel}
      form={
        <div className="space-y-4">
          <CreatePanel
            title="Add a contact"
            schema={ZCreateContactSchema}
            fields={CONTACT_FIELDS}
            read={(data) => readContact(data, undefined)}
            submitLabel="Add contact"
            onSubmit={async (value) => {
              await create(value);
              setDraft({ name: "", email: "" });
            }}
          >
            {(errors) => (
              <ContactFields
                errors={errors}
                companies={companyOptions}
                watch={{
                  underName: <DuplicateWarning kind="contacts" matches={duplicates} />,
                  onDraft: (field, value) => setDraft((current) => ({ ...current, [field]: value })),
                }}
              />
            )}
          </CreatePanel>
          <LinkedinImport onImported={list.reload} />
        </div>
      }
    />
  );
}
