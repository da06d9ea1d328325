/**
 * The quick log's logic, apart from its form: a draft (what the form holds)
 * is checked with the shared schemas and becomes a plan of API calls, which
 * run in order — venue, event, contacts met there, one conversation per
 * person — each create with an idempotency key made of the draft, the step and
 * the body, so that submitting again after a failure replays what was already
 * created instead of duplicating it.
 */
import {
  ZCreateContactSchema,
  ZCreateConversationSchema,
  ZCreateEventSchema,
  ZCreateVenueSchema,
  type TEvent,
  type TRelationship,
  type TVenueKind,
} from "@traction/schemas";
import type { z } from "zod";
import { ApiError } from "../api/api-error.ts";
import type { ApiClient } from "../api/client.ts";
import { contacts, conversations, events, venues } from "../api/records.ts";
import { type FieldErrors, type FormErrors } from "../forms/field-errors.ts";
import { idempotencyKey } from "../idempotency.ts";

export interface PersonDraft {
  key: string;
  /** An existing contact picked from the suggestions; null for someone new. */
  contactId: string | null;
  name: string;
  company: string;
  relationship: TRelationship | "";
  mentionedJobSearch: boolean;
  namedTargetCompanies: boolean;
  mentionedCompanyIds: string[];
  explainedWhatIDo: boolean;
  smallTalkOnly: boolean;
  /** A follow-up to do, which the API turns into a task on this contact. */
  followUp: boolean;
  followUpAction: string;
  followUpDueOn: string;
}

export interface LogDraft {
  /** An existing venue picked from the suggestions; null for a new one. */
  venueId: string | null;
  venueName: string;
  venueKind: TVenueKind | "";
  date: string;
  hours: string;
  visibility: string;
  notes: string;
  people: PersonDraft[];
}

const ZEventPart = ZCreateEventSchema.omit({ venueId: true });
const ZContactPart = ZCreateContactSchema.omit({ metAtEventId: true });
const ZConversationPart = ZCreateConversationSchema.omit({ contactIds: true, eventId: true });

type Existing = { id: string };
export interface PlannedPerson {
  name: string;
  contact: Existing | { create: z.output<typeof ZContactPart> };
  conversation: z.output<typeof ZConversationPart>;
}
export interface LogPlan {
  venue: Existing | { create: z.output<typeof ZCreateVenueSchema> };
  event: z.output<typeof ZEventPart>;
  people: PlannedPerson[];
}

export function emptyPerson(key: string): PersonDraft {
  return {
    key,
    contactId: null,
    name: "",
    company: "",
    relationship: "",
    mentionedJobSearch: false,
    namedTargetCompanies: false,
    mentionedCompanyIds: [],
    explainedWhatIDo: false,
    smallTalkOnly: false,
    followUp: false,
    followUpAction: "",
    followUpDueOn: "",
  };
}

/**
 * A person's field for an error path: `name` → `people.0.name`; a list's index
 * goes (`mentionedCompanyIds.1` → `people.0.mentionedCompanyIds`); a follow-up
 * keeps its part (`followUp.dueOn` → `people.0.followUp.dueOn`).
 */
export function personField(index: number, path: string): string {
  const [first, second] = path.split(".");
  if (path === "date") return "date";
  return first === "followUp" && second ? `people.${index}.followUp.${second}` : `people.${index}.${first}`;
}

const optional = (value: string) => (value.trim() === "" ? undefined : value);

/** Checks every part of the draft with the API's own schemas; the errors are keyed by the form's field names. */
export function planLog(draft: LogDraft): { plan: LogPlan } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const collect = <S extends z.ZodType>(
    schema: S,
    input: unknown,
    fieldOf: (path: string) => string,
  ): z.output<S> | undefined => {
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) errors[fieldOf(issue.path.map(String).join("."))] ??= issue.message;
    return undefined;
  };

  const venue = draft.venueId
    ? { id: draft.venueId }
    : mapDefined(
        collect(ZCreateVenueSchema, { name: draft.venueName, kind: optional(draft.venueKind) }, venueField),
        (create) => ({ create }),
      );
  // The venue is picked or named in one box: an empty one is "Choose the venue", not the schema's "Enter a name".
  if (!draft.venueId && draft.venueName.trim() === "") errors.venue = "Choose the venue";
  const hours = draft.hours.trim() === "" ? undefined : Number(draft.hours);
  const event = collect(
    ZEventPart,
    {
      date: draft.date,
      hours: hours !== undefined && Number.isNaN(hours) ? draft.hours : hours,
      visibility: optional(draft.visibility),
      notes: optional(draft.notes),
    },
    (path) => path,
  );
  const people = draft.people.map((person, index) => {
    const field = (path: string) => personField(index, path);
    const contact = person.contactId
      ? { id: person.contactId }
      : mapDefined(
          collect(
            ZContactPart,
            { name: person.name, company: optional(person.company), relationship: optional(person.relationship) },
            field,
          ),
          (create) => ({ create }),
        );
    if (person.namedTargetCompanies && person.mentionedCompanyIds.length === 0) {
      errors[`people.${index}.mentionedCompanyIds`] ??= "Pick the target companies you named";
    }
    const conversation = collect(
      ZConversationPart,
      {
        date: draft.date,
        channel: "AT_EVENT",
        mentionedJobSearch: person.mentionedJobSearch,
        mentionedCompanyIds: person.namedTargetCompanies ? person.mentionedCompanyIds : [],
        explainedWhatIDo: person.explainedWhatIDo,
        smallTalkOnly: person.smallTalkOnly,
        ...(person.followUp ? { followUp: { action: person.followUpAction, dueOn: optional(person.followUpDueOn) } } : {}),
      },
      field,
    );
    return contact && conversation ? { name: person.name.trim(), contact, conversation } : undefined;
  });

  if (Object.keys(errors).length > 0 || !venue || !event) return { errors };
  return { plan: { venue, event, people: people.filter((person) => person !== undefined) } };
}

function venueField(path: string): string {
  return path === "kind" ? "venueKind" : "venue";
}

function mapDefined<T, U>(value: T | undefined, map: (value: T) => U): U | undefined {
  return value === undefined ? undefined : map(value);
}

export interface LogResult {
  event: TEvent;
  contactIds: string[];
}

/** What went wrong, where: the API's field errors under the form's field names, and what was already saved. */
export class LogError extends Error {
  constructor(readonly errors: FormErrors) {
    super(errors.form ?? "The log could not be saved");
  }
}

/** Runs the plan against the API, in order, each create under its idempotency key. */
export async function submitLog(api: ApiClient, plan: LogPlan, draftId: string): Promise<LogResult> {
  const saved: string[] = [];
  const step = async <T>(label: string, fieldOf: (path: string) => string, run: () => Promise<T>): Promise<T> => {
    try {
      const result = await run();
      saved.push(label);
      return result;
    } catch (error) {
      throw new LogError(describeFailure(error, fieldOf, saved));
    }
  };
  const key = (name: string, body: unknown) => idempotencyKey(draftId, name, body);

  const venueId =
    "id" in plan.venue
      ? plan.venue.id
      : (
          await step("the venue", venueField, () => {
            const body = (plan.venue as { create: z.output<typeof ZCreateVenueSchema> }).create;
            return venues.create(api, body, key("venue", body));
          })
        ).id;
  const eventBody = { ...plan.event, venueId };
  const event = await step(
    "the event",
    (path) => (path === "venueId" ? "venue" : path),
    () => events.create(api, eventBody, key("event", eventBody)),
  );

  const contactIds: string[] = [];
  for (const [index, person] of plan.people.entries()) {
    const field = (path: string) => personField(index, path);
    if ("id" in person.contact) {
      contactIds.push(person.contact.id);
      continue;
    }
    const body = { ...person.contact.create, metAtEventId: event.id };
    const contact = await step(person.name, field, () => contacts.create(api, body, key(`contact.${index}`, body)));
    contactIds.push(contact.id);
  }

  for (const [index, person] of plan.people.entries()) {
    const field = (path: string) => personField(index, path);
    const body = { ...person.conversation, contactIds: [contactIds[index]!], eventId: event.id };
    await step(`the conversation with ${person.name}`, field, () =>
      conversations.create(api, body, key(`conversation.${index}`, body)),
    );
  }

  return { event, contactIds };
}

function describeFailure(error: unknown, fieldOf: (path: string) => string, saved: string[]): FormErrors {
  const already = saved.length > 0 ? ` Already saved: ${saved.join(", ")} — submitting again will not duplicate them.` : "";
  if (!(error instanceof ApiError)) return { fields: {}, form: `Something went wrong.${already}` };
  const fields: FieldErrors = {};
  for (const { path, message } of error.problem.errors ?? []) fields[fieldOf(path)] ??= message;
  return { fields, form: `${error.message}.${already}`.replace("..", ".") };
}
