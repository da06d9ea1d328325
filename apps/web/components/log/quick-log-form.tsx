"use client";

/**
 * One form for an evening of networking: where (a venue you have been to, or
 * a new one), when and how long, the people met (contacts you have, or new
 * ones) and how each conversation went. Keyboard only is fine: every control
 * is native or a combobox, Enter submits.
 */
import { VENUE_KINDS, VISIBILITIES, type TVenueKind } from "@traction/schemas";
import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { companies, venues } from "../../lib/api/records.ts";
import { today } from "../../lib/dates.ts";
import { NO_ERRORS, type FormErrors } from "../../lib/forms/field-errors.ts";
import { useLoad } from "../../lib/hooks/use-load.ts";
import { newDraftId } from "../../lib/idempotency.ts";
import { optionsOf, VENUE_KIND_LABELS, VISIBILITY_LABELS } from "../../lib/labels.ts";
import { emptyPerson, LogError, planLog, submitLog, type LogDraft, type PersonDraft } from "../../lib/log/quick-log.ts";
import { Combobox } from "../forms/combobox.tsx";
import { FormAlert } from "../forms/form-alert.tsx";
import { SelectField } from "../forms/select-field.tsx";
import { SubmitButton } from "../forms/submit-button.tsx";
import { TextAreaField } from "../forms/text-area-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { useSession } from "../session/session-provider.tsx";
import { secondaryButton, textLink } from "../ui/styles.ts";
import { PersonRow } from "./person-row.tsx";

let personCounter = 0;
const nextPersonKey = () => `person-${++personCounter}`;

function emptyDraft(): LogDraft {
  return {
    venueId: null,
    venueName: "",
    venueKind: "",
    date: today(),
    hours: "",
    visibility: "",
    notes: "",
    people: [emptyPerson(nextPersonKey())],
  };
}

/** Draft keys whose field (and error) has another name. */
const DRAFT_FIELDS: Partial<Record<keyof PersonDraft, string>> = {
  contactId: "name",
  followUpAction: "followUp.action",
  followUpDueOn: "followUp.dueOn",
};

const kindOptions = VENUE_KINDS.map((kind) => ({ value: kind, label: VENUE_KIND_LABELS[kind] }));
const visibilityOptions = optionsOf(VISIBILITY_LABELS).filter((option) => VISIBILITIES.includes(option.value));

export function QuickLogForm() {
  const { api } = useSession();
  const [draft, setDraft] = useState<LogDraft>(emptyDraft);
  const [draftId, setDraftId] = useState(newDraftId);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const venueList = useLoad("venues:recent", (client) => venues.list(client, { limit: 100 }));
  const companyList = useLoad("companies:all", (client) => companies.list(client, { limit: 100 }));
  const allVenues = venueList.data?.data ?? [];
  const typed = draft.venueName.trim().toLowerCase();
  const venueOptions = draft.venueId
    ? []
    : allVenues
        .filter((venue) => venue.name.toLowerCase().includes(typed))
        .slice(0, 8)
        .map((venue) => ({ id: venue.id, label: venue.name, detail: VENUE_KIND_LABELS[venue.kind] }));
  const venueKind: TVenueKind | "" = draft.venueId
    ? (allVenues.find((venue) => venue.id === draft.venueId)?.kind ?? "")
    : draft.venueKind;

  const update = (change: Partial<LogDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setDone(null);
    const cleared = Object.keys(change);
    if (change.venueName !== undefined) cleared.push("venue");
    setErrors((current) => ({ ...current, fields: withoutKeys(current.fields, cleared) }));
  };
  const updatePerson = (key: string, change: Partial<PersonDraft>) => {
    const index = draft.people.findIndex((person) => person.key === key);
    setDraft((current) => ({
      ...current,
      people: current.people.map((person) => (person.key === key ? { ...person, ...change } : person)),
    }));
    setErrors((current) => ({
      ...current,
      fields: withoutKeys(
        current.fields,
        Object.keys(change).map((name) => `people.${index}.${DRAFT_FIELDS[name as keyof PersonDraft] ?? name}`),
      ),
    }));
  };

  const showErrors = (next: FormErrors) => {
    setErrors(next);
    // The first field in the form's order that has an error takes the focus.
    const form = formRef.current;
    const first = form && [...form.elements].find((element) => (element as HTMLInputElement).name in next.fields);
    if (first instanceof HTMLElement) first.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const planned = planLog(draft);
    if ("errors" in planned) return showErrors({ fields: planned.errors, form: null });
    setErrors(NO_ERRORS);
    setPending(true);
    try {
      await submitLog(api, planned.plan, draftId);
      const venue = draft.venueId ? allVenues.find((each) => each.id === draft.venueId)?.name : draft.venueName.trim();
      const people = planned.plan.people.length;
      setDone(`Logged ${venue ?? "the event"} with ${people} ${people === 1 ? "person" : "people"}.`);
      setDraft(emptyDraft());
      setDraftId(newDraftId());
      if (!draft.venueId) venueList.reload();
    } catch (error) {
      showErrors(error instanceof LogError ? error.errors : { fields: {}, form: "Something went wrong. Try again." });
    } finally {
      setPending(false);
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-label="Quick log" className="space-y-5">
      <div role="status" aria-live="polite">
        {done && (
          <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
            {done}{" "}
            <Link href="/insights" className={textLink}>
              See your insights
            </Link>
          </p>
        )}
      </div>
      <FormAlert message={errors.form} />
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold text-slate-900">The event</legend>
        <Combobox
          name="venue"
          label="Venue"
          value={draft.venueName}
          autoFocus
          placeholder="Where were you?"
          onTextChange={(venueName) => update({ venueName, venueId: null })}
          options={venueOptions}
          onPick={(option) => update({ venueName: option.label, venueId: option.id })}
          status={
            draft.venueId
              ? `A venue you have been to (${venueKind ? VENUE_KIND_LABELS[venueKind] : ""}).`
              : typed
                ? "A new venue: pick its kind."
                : undefined
          }
          error={errors.fields.venue}
        />
        {!draft.venueId && (
          <SelectField
            name="venueKind"
            label="Kind of venue"
            placeholder="Choose a kind"
            options={kindOptions}
            value={draft.venueKind}
            onChange={(event) => update({ venueKind: event.target.value as TVenueKind | "" })}
            error={errors.fields.venueKind}
          />
        )}
        <TextField
          name="date"
          label="Date"
          type="date"
          value={draft.date}
          onChange={(event) => update({ date: event.target.value })}
          error={errors.fields.date}
        />
        <TextField
          name="hours"
          label="Hours spent"
          type="number"
          inputMode="decimal"
          min={0.25}
          max={24}
          step={0.25}
          value={draft.hours}
          onChange={(event) => update({ hours: event.target.value })}
          error={errors.fields.hours}
        />
        {venueKind === "VOLUNTEERING" && (
          <SelectField
            name="visibility"
            label="How visible was your role?"
            placeholder="Not recorded"
            options={visibilityOptions}
            value={draft.visibility}
            onChange={(event) => update({ visibility: event.target.value })}
            error={errors.fields.visibility}
          />
        )}
        <TextAreaField
          name="notes"
          label="Notes"
          rows={2}
          value={draft.notes}
          onChange={(event) => update({ notes: event.target.value })}
          error={errors.fields.notes}
          className="sm:col-span-2"
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold text-slate-900">The people you met</legend>
        {draft.people.map((person, index) => (
          <PersonRow
            key={person.key}
            index={index}
            person={person}
            companies={companyList.data?.data ?? []}
            errors={errors.fields}
            onChange={(change) => updatePerson(person.key, change)}
            onRemove={() => update({ people: draft.people.filter((each) => each.key !== person.key) })}
          />
        ))}
        <button
          type="button"
          className={secondaryButton}
          onClick={() => update({ people: [...draft.people, emptyPerson(nextPersonKey())] })}
        >
          Add {draft.people.length === 0 ? "a person" : "another person"}
        </button>
      </fieldset>
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save the log
      </SubmitButton>
    </form>
  );
}

function withoutKeys<T extends Record<string, unknown>>(record: T, keys: string[]): T {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !keys.includes(key))) as T;
}
