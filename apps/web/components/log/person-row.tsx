"use client";

/** One person met: an existing contact (suggested as you type) or someone new, and how the conversation went. */
import type { TCompany, TRelationship } from "@traction/schemas";
import Link from "next/link";
import { contacts } from "../../lib/api/records.ts";
import type { FieldErrors } from "../../lib/forms/field-errors.ts";
import { useDebounced } from "../../lib/hooks/use-debounced.ts";
import { useDuplicates } from "../../lib/hooks/use-duplicates.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import type { PersonDraft } from "../../lib/log/quick-log.ts";
import { optionsOf, RELATIONSHIP_LABELS } from "../../lib/labels.ts";
import { Checkbox } from "../forms/checkbox.tsx";
import { Combobox } from "../forms/combobox.tsx";
import { DuplicateWarning } from "../records/duplicate-warning.tsx";
import { SelectField } from "../forms/select-field.tsx";
import { FieldError } from "../forms/text-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { textLink } from "../ui/styles.ts";

interface PersonRowProps {
  index: number;
  person: PersonDraft;
  companies: TCompany[];
  errors: FieldErrors;
  onChange: (change: Partial<PersonDraft>) => void;
  onRemove?: () => void;
}

export function PersonRow({ index, person, companies, errors, onChange, onRemove }: PersonRowProps) {
  const search = useDebounced(person.contactId ? "" : person.name.trim(), 200);
  const found = useLoad(`contacts:q:${search}`, (api) => contacts.list(api, { q: search || undefined, limit: 6 }), {
    keepPrevious: true,
  });
  // Results of an older search may still be on screen while a newer one loads: show only those that match what is typed.
  const typed = person.name.trim().toLowerCase();
  const matching = (found.data?.data ?? []).filter((contact) =>
    `${contact.name} ${contact.company ?? ""}`.toLowerCase().includes(typed),
  );
  const options = matching.map((contact) => ({
    id: contact.id,
    label: contact.name,
    detail: [contact.title, contact.company, contact.email].filter(Boolean).join(", ") || undefined,
  }));
  // Someone "new" whose name is already a contact's: say so before saving, and offer to use that contact.
  const duplicates = useDuplicates("contacts", person.contactId ? null : { name: person.name });
  const field = (name: string) => `people.${index}.${name}`;
  const number = index + 1;
  const companiesError = errors[field("mentionedCompanyIds")];

  return (
    <fieldset className="rounded-lg border border-slate-300 p-3 sm:p-4">
      <legend className="px-1 text-sm font-semibold text-slate-900">Person {number}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <Combobox
          name={field("name")}
          label={`Person ${number}: name`}
          value={person.name}
          onTextChange={(name) => onChange({ name, contactId: null })}
          options={person.contactId ? [] : options}
          onPick={(option) => onChange({ name: option.label, contactId: option.id })}
          status={person.contactId ? "An existing contact." : person.name.trim() ? "Someone new: saved as a contact." : undefined}
          error={errors[field("name")]}
        />
        {duplicates.length > 0 && (
          <div className="sm:col-span-2">
            <DuplicateWarning
              kind="contacts"
              matches={duplicates}
              onUse={(match) => onChange({ name: match.name, contactId: match.id })}
            />
          </div>
        )}
        {!person.contactId && (
          <>
            <TextField
              name={field("company")}
              label={`Person ${number}: company`}
              value={person.company}
              onChange={(event) => onChange({ company: event.target.value })}
              error={errors[field("company")]}
            />
            <SelectField
              name={field("relationship")}
              label={`Person ${number}: who they are to you`}
              placeholder="Not sure yet"
              options={optionsOf(RELATIONSHIP_LABELS)}
              value={person.relationship}
              onChange={(event) => onChange({ relationship: event.target.value as TRelationship | "" })}
              error={errors[field("relationship")]}
            />
          </>
        )}
      </div>
      <fieldset className="mt-3">
        <legend className="text-sm font-medium text-slate-900">In the conversation with person {number}</legend>
        <div className="mt-1 grid gap-2 sm:grid-cols-2">
          <Checkbox
            label="I mentioned my job search"
            checked={person.mentionedJobSearch}
            onChange={(event) => onChange({ mentionedJobSearch: event.target.checked })}
          />
          <Checkbox
            label="I named target companies"
            checked={person.namedTargetCompanies}
            onChange={(event) => onChange({ namedTargetCompanies: event.target.checked })}
          />
          <Checkbox
            label="I explained what I do"
            checked={person.explainedWhatIDo}
            onChange={(event) => onChange({ explainedWhatIDo: event.target.checked })}
          />
          <Checkbox
            label="Small talk only"
            checked={person.smallTalkOnly}
            onChange={(event) => onChange({ smallTalkOnly: event.target.checked })}
          />
        </div>
      </fieldset>
      {person.namedTargetCompanies && (
        <fieldset className="mt-3" aria-invalid={companiesError ? true : undefined}>
          <legend className="text-sm font-medium text-slate-900">Which target companies did you name?</legend>
          {companies.length === 0 ? (
            <p className="mt-1 text-sm text-slate-700">
              You have no target companies yet.{" "}
              <Link href="/companies" className={textLink}>
                Add them
              </Link>{" "}
              first.
            </p>
          ) : (
            <div className="mt-1 flex flex-wrap gap-2">
              {companies.map((company) => (
                <Checkbox
                  key={company.id}
                  name={field("mentionedCompanyIds")}
                  value={company.id}
                  label={company.name}
                  checked={person.mentionedCompanyIds.includes(company.id)}
                  onChange={(event) =>
                    onChange({
                      mentionedCompanyIds: event.target.checked
                        ? [...person.mentionedCompanyIds, company.id]
                        : person.mentionedCompanyIds.filter((id) => id !== company.id),
                    })
                  }
                />
              ))}
            </div>
          )}
          <FieldError id={undefined} label="Companies" message={companiesError} />
        </fieldset>
      )}
      <div className="mt-3">
        <Checkbox
          label={`Follow up with person ${number}`}
          checked={person.followUp}
          onChange={(event) => onChange({ followUp: event.target.checked })}
          className="sm:w-1/2"
        />
        {person.followUp && (
          <div className="mt-2 grid gap-3 sm:grid-cols-[2fr_1fr]">
            <TextField
              name={field("followUp.action")}
              label={`Person ${number}: what to do next`}
              placeholder="Send my portfolio, propose a coffee…"
              value={person.followUpAction}
              onChange={(event) => onChange({ followUpAction: event.target.value })}
              error={errors[field("followUp.action")]}
            />
            <TextField
              name={field("followUp.dueOn")}
              label={`Person ${number}: by`}
              type="date"
              value={person.followUpDueOn}
              onChange={(event) => onChange({ followUpDueOn: event.target.value })}
              error={errors[field("followUp.dueOn")]}
            />
          </div>
        )}
      </div>
      {onRemove && (
        <button type="button" onClick={onRemove} className="mt-3 text-sm font-medium text-red-700 underline underline-offset-2">
          Remove person {number}
        </button>
      )}
    </fieldset>
  );
}
