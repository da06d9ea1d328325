"use client";

/**
 * The fields of each record kind, one component per kind, shared by its create
 * form and its edit form (which passes the record, for the starting values).
 * `read*` turns the form back into the shared schema's input: `blank` is what
 * an empty optional field becomes, `undefined` on create (left out) and `null`
 * on update (cleared).
 */
import type { ReactNode } from "react";
import type { TCompany, TContact, TConversation, TEvent, TLead, TMeeting, TPost, TVenue } from "@traction/schemas";
import type { FieldErrors } from "../../lib/forms/field-errors.ts";
import { all, checked, number, text, words } from "../../lib/forms/read-form.ts";
import { toDateString } from "../../lib/dates.ts";
import {
  CHANNEL_LABELS,
  COMPANY_STATUS_LABELS,
  LEAD_STAGE_LABELS,
  MEETING_STATUS_LABELS,
  optionsOf,
  RELATIONSHIP_LABELS,
  VENUE_KIND_LABELS,
  VISIBILITY_LABELS,
} from "../../lib/labels.ts";
import { Checkbox } from "../forms/checkbox.tsx";
import { OptionList, SelectField, withCurrentChoices } from "../forms/select-field.tsx";
import { TextAreaField } from "../forms/text-area-field.tsx";
import { TextField } from "../forms/text-field.tsx";
import { controlClass, Field } from "../forms/field.tsx";

export type Blank = null | undefined;
export type Options = ReadonlyArray<{ value: string; label: string }>;

const day = (date: Date | null | undefined) => (date ? toDateString(date) : "");

/** A Date as `datetime-local` text in the viewer's time. */
export function toLocalInput(date: Date | null | undefined): string {
  if (!date) return "";
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** `datetime-local` text (the viewer's time) as an ISO timestamp. */
export function localToIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

export const namesToOptions = (names: ReadonlyMap<string, string>): Options =>
  [...names].map(([value, label]) => ({ value, label }));

// Venues

export const VENUE_FIELDS = ["name", "kind", "url", "notes"] as const;

export function readVenue(data: FormData, blank: Blank) {
  return {
    name: text(data, "name") ?? "",
    kind: text(data, "kind"),
    url: text(data, "url") ?? blank,
    notes: text(data, "notes") ?? blank,
  };
}

export function VenueFields({ errors, record }: { errors: FieldErrors; record?: TVenue }) {
  return (
    <>
      <TextField name="name" label="Name" defaultValue={record?.name} error={errors.name} />
      <SelectField
        name="kind"
        label="Kind"
        placeholder="Choose a kind"
        options={optionsOf(VENUE_KIND_LABELS)}
        defaultValue={record?.kind}
        error={errors.kind}
      />
      <TextField name="url" label="Website" type="url" defaultValue={record?.url ?? ""} error={errors.url} />
      <TextAreaField name="notes" label="Notes" defaultValue={record?.notes ?? ""} error={errors.notes} />
    </>
  );
}

// Events

export const EVENT_FIELDS = ["venueId", "date", "hours", "visibility", "notes"] as const;

export function readEvent(data: FormData, blank: Blank) {
  return {
    venueId: text(data, "venueId") ?? "",
    date: text(data, "date") ?? "",
    hours: number(data, "hours"),
    visibility: text(data, "visibility") ?? blank,
    notes: text(data, "notes") ?? blank,
  };
}

export function EventFields({ errors, record, venues }: { errors: FieldErrors; record?: TEvent; venues: Options }) {
  return (
    <>
      <SelectField
        name="venueId"
        label="Venue"
        placeholder="Choose a venue"
        options={venues}
        defaultValue={record?.venueId}
        error={errors.venueId}
      />
      <TextField name="date" label="Date" type="date" defaultValue={day(record?.date)} error={errors.date} />
      <TextField name="hours" label="Hours" type="number" step={0.25} defaultValue={record?.hours} error={errors.hours} />
      <SelectField
        name="visibility"
        label="Visibility (volunteering)"
        placeholder="Not volunteering"
        options={optionsOf(VISIBILITY_LABELS)}
        defaultValue={record?.visibility ?? ""}
        error={errors.visibility}
      />
      <TextAreaField name="notes" label="Notes" defaultValue={record?.notes ?? ""} error={errors.notes} />
    </>
  );
}

// Contacts

export const CONTACT_FIELDS = [
  "name",
  "company",
  "title",
  "email",
  "phone",
  "linkedinUrl",
  "relationship",
  "companyId",
  "tags",
  "notes",
] as const;

export function readContact(data: FormData, blank: Blank) {
  return {
    name: text(data, "name") ?? "",
    company: text(data, "company") ?? blank,
    title: text(data, "title") ?? blank,
    email: text(data, "email") ?? blank,
    phone: text(data, "phone") ?? blank,
    linkedinUrl: text(data, "linkedinUrl") ?? blank,
    relationship: text(data, "relationship") ?? blank,
    companyId: text(data, "companyId") ?? blank,
    tags: words(data, "tags"),
    notes: text(data, "notes") ?? blank,
  };
}

/** What a create form shows under the name as it is typed (a duplicate warning), and what it is told of name and email. */
export interface DraftWatch {
  underName?: ReactNode;
  onDraft?: (field: "name" | "email", value: string) => void;
}

export function ContactFields({
  errors,
  record,
  companies,
  watch,
}: {
  errors: FieldErrors;
  record?: TContact;
  companies: Options;
  watch?: DraftWatch;
}) {
  return (
    <>
      <div>
        <TextField
          name="name"
          label="Name"
          autoComplete="off"
          defaultValue={record?.name}
          error={errors.name}
          onChange={(event) => watch?.onDraft?.("name", event.target.value)}
        />
        {watch?.underName}
      </div>
      <TextField name="company" label="Works at" defaultValue={record?.company ?? ""} error={errors.company} />
      <TextField name="title" label="Job title" defaultValue={record?.title ?? ""} error={errors.title} />
      <SelectField
        name="relationship"
        label="Relationship"
        placeholder="Not sure yet"
        options={optionsOf(RELATIONSHIP_LABELS)}
        defaultValue={record?.relationship ?? ""}
        error={errors.relationship}
      />
      <SelectField
        name="companyId"
        label="At a target company"
        placeholder="None"
        options={companies}
        defaultValue={record?.companyId ?? ""}
        error={errors.companyId}
      />
      <TextField
        name="email"
        label="Email"
        type="email"
        defaultValue={record?.email ?? ""}
        error={errors.email}
        onChange={(event) => watch?.onDraft?.("email", event.target.value)}
      />
      <TextField name="phone" label="Phone" type="tel" defaultValue={record?.phone ?? ""} error={errors.phone} />
      <TextField
        name="linkedinUrl"
        label="LinkedIn URL"
        type="url"
        defaultValue={record?.linkedinUrl ?? ""}
        error={errors.linkedinUrl}
      />
      <TextField
        name="tags"
        label="Tags"
        hint="Separated by commas."
        defaultValue={record?.tags.join(", ")}
        error={errors.tags}
      />
      <TextAreaField name="notes" label="Notes" defaultValue={record?.notes ?? ""} error={errors.notes} />
    </>
  );
}

// Target companies

export const PRIORITY_OPTIONS = [
  { value: "1", label: "1 — top" },
  { value: "2", label: "2" },
  { value: "3", label: "3" },
];

export const COMPANY_FIELDS = ["name", "priority", "status", "notes"] as const;

export function readCompany(data: FormData, blank: Blank) {
  return {
    name: text(data, "name") ?? "",
    priority: number(data, "priority") ?? blank,
    status: text(data, "status"),
    notes: text(data, "notes") ?? blank,
  };
}

export function CompanyFields({ errors, record, watch }: { errors: FieldErrors; record?: TCompany; watch?: DraftWatch }) {
  return (
    <>
      <div>
        <TextField
          name="name"
          label="Name"
          defaultValue={record?.name}
          error={errors.name}
          onChange={(event) => watch?.onDraft?.("name", event.target.value)}
        />
        {watch?.underName}
      </div>
      <SelectField
        name="priority"
        label="Priority"
        placeholder="Not set"
        options={PRIORITY_OPTIONS}
        defaultValue={record?.priority ? String(record.priority) : ""}
        error={errors.priority}
      />
      <SelectField
        name="status"
        label="Status"
        options={optionsOf(COMPANY_STATUS_LABELS)}
        defaultValue={record?.status ?? "RESEARCHING"}
        error={errors.status}
      />
      <TextAreaField name="notes" label="Notes" defaultValue={record?.notes ?? ""} error={errors.notes} />
    </>
  );
}

// Leads

export const LEAD_FIELDS = ["title", "stage", "companyId", "sourceContactId", "url", "notes"] as const;

export function readLead(data: FormData, blank: Blank) {
  return {
    title: text(data, "title") ?? "",
    stage: text(data, "stage"),
    companyId: text(data, "companyId") ?? blank,
    sourceContactId: text(data, "sourceContactId") ?? blank,
    url: text(data, "url") ?? blank,
    notes: text(data, "notes") ?? blank,
  };
}

export function LeadFields({
  errors,
  record,
  companies,
  contacts,
}: {
  errors: FieldErrors;
  record?: TLead;
  companies: Options;
  contacts: Options;
}) {
  return (
    <>
      <TextField name="title" label="Role" defaultValue={record?.title} error={errors.title} />
      <SelectField
        name="stage"
        label="Stage"
        options={optionsOf(LEAD_STAGE_LABELS)}
        defaultValue={record?.stage ?? "IDEA"}
        error={errors.stage}
      />
      <SelectField
        name="companyId"
        label="Company"
        placeholder="Not a target company"
        options={companies}
        defaultValue={record?.companyId ?? ""}
        error={errors.companyId}
      />
      <SelectField
        name="sourceContactId"
        label="Came from"
        placeholder="No one"
        options={contacts}
        defaultValue={record?.sourceContactId ?? ""}
        error={errors.sourceContactId}
      />
      <TextField name="url" label="Link" type="url" defaultValue={record?.url ?? ""} error={errors.url} />
      <TextAreaField name="notes" label="Notes" rows={2} defaultValue={record?.notes ?? ""} error={errors.notes} />
    </>
  );
}

// One-on-ones

export const MEETING_FIELDS = ["contactId", "status", "scheduledAt", "location", "agenda", "outcome"] as const;

export function readMeeting(data: FormData, blank: Blank) {
  return {
    contactId: text(data, "contactId") ?? "",
    status: text(data, "status"),
    scheduledAt: localToIso(text(data, "scheduledAt")) ?? blank,
    location: text(data, "location") ?? blank,
    agenda: text(data, "agenda") ?? blank,
    ...(data.has("outcome") ? { outcome: text(data, "outcome") ?? blank } : {}),
  };
}

export function MeetingFields({ errors, record, contacts }: { errors: FieldErrors; record?: TMeeting; contacts: Options }) {
  return (
    <>
      <SelectField
        name="contactId"
        label="With"
        placeholder="Choose a contact"
        options={contacts}
        defaultValue={record?.contactId}
        error={errors.contactId}
      />
      <SelectField
        name="status"
        label="Status"
        options={optionsOf(MEETING_STATUS_LABELS)}
        defaultValue={record?.status ?? "PROPOSED"}
        error={errors.status}
      />
      <TextField
        name="scheduledAt"
        label="When"
        type="datetime-local"
        hint="Needed once it is scheduled."
        defaultValue={toLocalInput(record?.scheduledAt)}
        error={errors.scheduledAt}
      />
      <TextField name="location" label="Where" defaultValue={record?.location ?? ""} error={errors.location} />
      <TextAreaField name="agenda" label="Agenda" rows={1} defaultValue={record?.agenda ?? ""} error={errors.agenda} />
      {record && (
        <TextAreaField name="outcome" label="Outcome" rows={2} defaultValue={record.outcome ?? ""} error={errors.outcome} />
      )}
    </>
  );
}

// Posts

export const POST_FIELDS = ["title", "url", "publishedOn"] as const;

export function readPost(data: FormData, blank: Blank) {
  return {
    title: text(data, "title") ?? "",
    url: text(data, "url") ?? blank,
    publishedOn: text(data, "publishedOn") ?? blank,
  };
}

export function PostFields({ errors, record }: { errors: FieldErrors; record?: TPost }) {
  return (
    <>
      <TextField name="title" label="Title" defaultValue={record?.title} error={errors.title} />
      <TextField name="url" label="Link" type="url" defaultValue={record?.url ?? ""} error={errors.url} />
      <TextField
        name="publishedOn"
        label="Published on"
        type="date"
        defaultValue={day(record?.publishedOn)}
        error={errors.publishedOn}
      />
    </>
  );
}

// Conversations (edited on their page; the quick log creates them)

export const CONVERSATION_FIELDS = [
  "date",
  "contactIds",
  "eventId",
  "channel",
  "mentionedJobSearch",
  "mentionedCompanyIds",
  "explainedWhatIDo",
  "smallTalkOnly",
  "notes",
] as const;

export function readConversation(data: FormData) {
  return {
    date: text(data, "date") ?? "",
    contactIds: all(data, "contactIds"),
    eventId: text(data, "eventId") ?? null,
    channel: text(data, "channel") ?? null,
    mentionedJobSearch: checked(data, "mentionedJobSearch"),
    mentionedCompanyIds: all(data, "mentionedCompanyIds"),
    explainedWhatIDo: checked(data, "explainedWhatIDo"),
    smallTalkOnly: checked(data, "smallTalkOnly"),
    notes: text(data, "notes") ?? null,
  };
}

function MultiSelect({
  name,
  label,
  hint,
  options,
  selected,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  options: Options;
  selected: readonly string[];
  error?: string;
}) {
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          multiple
          size={Math.min(6, Math.max(3, options.length))}
          defaultValue={[...selected]}
          className={controlClass}
        >
          <OptionList options={withCurrentChoices(options, selected)} />
        </select>
      )}
    </Field>
  );
}

export function ConversationFields({
  errors,
  record,
  contacts,
  companies,
  events,
}: {
  errors: FieldErrors;
  record: TConversation;
  contacts: Options;
  companies: Options;
  events: Options;
}) {
  const multiHint = "Ctrl or ⌘ + click to choose several.";
  return (
    <>
      <TextField name="date" label="Date" type="date" defaultValue={day(record.date)} error={errors.date} />
      <MultiSelect
        name="contactIds"
        label="With"
        hint={multiHint}
        options={contacts}
        selected={record.contactIds}
        error={errors.contactIds}
      />
      <SelectField
        name="eventId"
        label="At an event"
        placeholder="Not at an event"
        options={events}
        defaultValue={record.eventId ?? ""}
        error={errors.eventId}
      />
      <SelectField
        name="channel"
        label="How"
        placeholder="Not said"
        options={optionsOf(CHANNEL_LABELS)}
        defaultValue={record.channel ?? ""}
        error={errors.channel}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">What was covered</legend>
        <Checkbox name="mentionedJobSearch" label="Mentioned my job search" defaultChecked={record.mentionedJobSearch} />
        <Checkbox name="explainedWhatIDo" label="Explained what I do" defaultChecked={record.explainedWhatIDo} />
        <Checkbox name="smallTalkOnly" label="Small talk only" defaultChecked={record.smallTalkOnly} />
      </fieldset>
      <MultiSelect
        name="mentionedCompanyIds"
        label="Target companies named"
        hint={multiHint}
        options={companies}
        selected={record.mentionedCompanyIds}
        error={errors.mentionedCompanyIds}
      />
      <TextAreaField name="notes" label="Notes" defaultValue={record.notes ?? ""} error={errors.notes} />
    </>
  );
}
