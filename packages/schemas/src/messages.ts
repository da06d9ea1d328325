/**
 * Every validation message a person can read, in one place: a zod error map
 * installed for the whole process when the schemas are imported, so the API's
 * 400 `errors[].message` and the dashboard's field errors read the same.
 *
 * Messages are short sentences that stand under the field they are about
 * ("Choose the venue", "At most 200 characters"), never zod's own wording.
 * A field whose generic message reads badly ("Fill in this field" for a
 * reference) gets its own wording from FIELDS, found by the last named
 * segment of the issue's path (`people.0.name` → `name`).
 */
import { z } from "zod";

interface FieldWording {
  /** Missing, empty or not the right kind of value. */
  missing: string;
  /** A reference that is not one of the caller's records (said by the API after a lookup). */
  notFound?: string;
}

const reference = (noun: string): FieldWording => ({
  missing: `Choose the ${noun}`,
  notFound: `That ${noun} does not exist any more; choose another`,
});

/** Field-specific wording, by field name (the same names in every schema). */
const FIELDS: Record<string, FieldWording> = {
  venueId: reference("venue"),
  eventId: reference("event"),
  metAtEventId: reference("event"),
  contactId: reference("contact"),
  contactIds: reference("contact"),
  sourceContactId: reference("contact"),
  sourceId: reference("record to merge"),
  companyId: reference("company"),
  mentionedCompanyIds: reference("company"),
  meetingId: reference("one-on-one"),
  leadId: reference("lead"),
  coachId: reference("coach"),
  cohortId: reference("cohort"),
  joinCode: { missing: "Enter the join code" },
  endsOn: { missing: "Enter a date" },
  name: { missing: "Enter a name" },
  title: { missing: "Enter a title" },
  email: { missing: "Enter an email address" },
  password: { missing: "Enter your password" },
  date: { missing: "Enter a date" },
  dueOn: { missing: "Enter a date" },
  startsOn: { missing: "Enter a date" },
  publishedOn: { missing: "Enter a date" },
  from: { missing: "Enter a date" },
  to: { missing: "Enter a date" },
  scheduledAt: { missing: "Enter a date and time" },
  hours: { missing: "Enter the hours spent" },
  kind: { missing: "Choose the kind of venue" },
  stage: { missing: "Choose a stage" },
  status: { missing: "Choose a status" },
  relationship: { missing: "Choose a relationship" },
  priority: { missing: "Choose 1, 2 or 3" },
  action: { missing: "Say what to do next" },
  body: { missing: "Write something first" },
  code: { missing: "Enter the code" },
  url: { missing: "Enter a web address" },
  role: { missing: "Choose a role" },
  tags: { missing: "Enter a tag" },
};

/** Messages said outside zod (API lookups, the problem documents' unknown fields). */
export const MESSAGES = {
  unknownField: "Not a field this accepts",
  listedTwice: "Listed twice",
  changeSomething: "Change at least one field",
  withinAYear: "Pick a date within the next year",
  mergeIntoItself: "Choose another record: a record cannot be merged into itself",
  notFound: "That record does not exist any more; choose another",
} as const;

function fieldOf(path: readonly PropertyKey[] | undefined): string | undefined {
  return [...(path ?? [])].reverse().find((key): key is string => typeof key === "string");
}

/** The wording for a reference the caller does not own (`venueId` → "That venue does not exist any more; choose another"). */
export function notFoundMessage(path: string): string {
  const field = path
    .split(".")
    .reverse()
    .find((key) => !/^\d+$/.test(key));
  return (field && FIELDS[field]?.notFound) ?? MESSAGES.notFound;
}

const plural = (count: number | bigint, one: string, many: string) =>
  `${count.toLocaleString("en-US")} ${Number(count) === 1 ? one : many}`;

function tooSmall(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall>, missing: string | undefined): string {
  const { origin, minimum, inclusive } = issue;
  const at = Number(minimum);
  switch (origin) {
    case "string":
      return at <= 1 ? (missing ?? "Fill in this field") : `At least ${plural(minimum, "character", "characters")}`;
    case "array":
    case "set":
      return at <= 1 ? "Choose at least one" : `Choose at least ${minimum}`;
    case "date":
      return "Pick a later date";
    default:
      return inclusive ? `At least ${minimum}` : `More than ${minimum}`;
  }
}

function tooBig(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooBig>): string {
  const { origin, maximum, inclusive } = issue;
  switch (origin) {
    case "string":
      return `At most ${plural(maximum, "character", "characters")}`;
    case "array":
    case "set":
      return `At most ${plural(maximum, "item", "items")}`;
    case "date":
      return "Pick an earlier date";
    default:
      return inclusive ? `At most ${maximum}` : `Less than ${maximum}`;
  }
}

const FORMATS: Record<string, string> = {
  email: "Enter an email address",
  url: "Enter a web address starting with https://",
  date: "Enter a date",
  datetime: "Enter a date and time",
  time: "Enter a time",
};

const TYPES: Record<string, string> = {
  number: "Enter a number",
  int: "Enter a whole number",
  boolean: "Choose yes or no",
  array: "Choose from the list",
  date: "Enter a date",
  string: "Enter text",
  object: "Fill in this part",
};

/** The error map: a message for each kind of issue, the field's own wording first where it has one. */
export function humanMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const missing = FIELDS[fieldOf(issue.path) ?? ""]?.missing;
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "")
        return missing ?? (issue.expected === "number" || issue.expected === "int" ? "Enter a number" : "Fill in this field");
      return missing && (issue.expected === "string" || issue.expected === "date")
        ? missing
        : (TYPES[issue.expected] ?? missing ?? "Fill in this field");
    case "too_small":
      return tooSmall(issue, missing);
    case "too_big":
      return tooBig(issue);
    case "invalid_format":
      if (issue.format === "uuid" || issue.format === "guid") return missing ?? "Choose one from the list";
      if (issue.format === "regex") return missing ?? "Not in the expected form";
      return FORMATS[issue.format] ?? missing ?? "Not in the expected form";
    case "invalid_value":
      return missing ?? (issue.values.length === 1 ? `Must be ${String(issue.values[0])}` : "Choose one of the options");
    case "not_multiple_of":
      return issue.divisor === 1 ? "Enter a whole number" : `Must be a multiple of ${issue.divisor}`;
    case "unrecognized_keys":
      return MESSAGES.unknownField;
    case "invalid_union":
      return missing ?? "Not one of the accepted values";
    case "invalid_key":
    case "invalid_element":
      return "Not one of the accepted values";
    default:
      return undefined;
  }
}

// In a browser, zod must not compile parsers with `new Function`: even its probe
// for that breaks a strict Content-Security-Policy (no 'unsafe-eval'). Schemas
// are built (and the probe made) as this package loads, so it is said here,
// before any of them; the API keeps the compiled parsers.
const inBrowser = typeof (globalThis as { window?: unknown }).window !== "undefined";
z.config({ customError: humanMessage, ...(inBrowser ? { jitless: true } : {}) });
