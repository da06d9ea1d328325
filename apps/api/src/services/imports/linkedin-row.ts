/**
 * LinkedIn's Connections.csv, row by row: finding the header after LinkedIn's
 * "Notes:" preamble, and turning a data row into a contact, validated by the
 * same schema as `POST /contacts` so an imported contact is one the API
 * would have accepted.
 */
import { isStorableText, UNSTORABLE_TEXT_MESSAGE, ZCreateContactSchema } from "@traction/schemas";

/** The columns, in the order rows are staged in. "Connected On" is optional. */
export const LINKEDIN_COLUMNS = [
  "First Name",
  "Last Name",
  "URL",
  "Email Address",
  "Company",
  "Position",
  "Connected On",
] as const;
const REQUIRED_COLUMNS = 6;

/** Where each LinkedIn column sits in the file's records (-1: absent), and how many fields a record has. */
export interface ColumnMap {
  indexes: readonly number[];
  width: number;
}

const normalise = (name: string) => name.trim().toLowerCase();

/** The column map when `record` is the header row, else null (a preamble line). */
export function headerColumns(record: readonly string[]): ColumnMap | null {
  const names = record.map(normalise);
  const indexes = LINKEDIN_COLUMNS.map((column) => names.indexOf(normalise(column)));
  return indexes.slice(0, REQUIRED_COLUMNS).every((index) => index >= 0) ? { indexes, width: record.length } : null;
}

/** A data record in LINKEDIN_COLUMNS order, or why it cannot be one. */
export function stagedFields(record: readonly string[], columns: ColumnMap): string[] | { reason: string } {
  if (record.length !== columns.width)
    return { reason: `expected ${columns.width} fields like the header, found ${record.length}` };
  // Staged as JSON in PostgreSQL, which can hold neither NUL nor a lone surrogate: the row is rejected, the file is not.
  const unstorable = columns.indexes.findIndex((index) => index >= 0 && !isStorableText(record[index] ?? ""));
  if (unstorable >= 0) return { reason: `${LINKEDIN_COLUMNS[unstorable]} ${UNSTORABLE_TEXT_MESSAGE}` };
  return columns.indexes.map((index) => (index >= 0 ? (record[index] ?? "") : ""));
}

export interface Connection {
  name: string;
  linkedinUrl: string | null;
  email: string | null;
  company: string | null;
  title: string | null;
}

const LABELS: Record<string, string> = {
  name: "First Name and Last Name",
  linkedinUrl: "URL",
  email: "Email Address",
  company: "Company",
  title: "Position",
};

const orNull = (value: string | undefined) => {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
};

/** A staged row → the contact it describes, or the reason it is rejected. */
export function toConnection(fields: readonly string[]): { connection: Connection } | { reason: string } {
  const [first, last, url, email, company, position] = fields;
  const candidate = {
    name: [first, last]
      .map((part) => part?.trim() ?? "")
      .filter(Boolean)
      .join(" "),
    linkedinUrl: orNull(url),
    email: orNull(email),
    company: orNull(company),
    title: orNull(position),
  };
  const parsed = ZCreateContactSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      reason: parsed.error.issues.map((issue) => `${LABELS[String(issue.path[0])] ?? "Row"}: ${issue.message}`).join("; "),
    };
  }
  if (!candidate.linkedinUrl && !candidate.email) {
    return { reason: "has neither a URL nor an Email Address, so it could not be matched on a later import" };
  }
  return { connection: candidate };
}

/** How a LinkedIn profile URL is compared: case, scheme, `www.` and trailing slashes do not matter. */
export const urlKey = (url: string) => url.toLowerCase().replace(/^https?:\/\/(www\.)?|\/+$/g, "");
/** The same comparison in SQL, for the contacts already stored. */
export const URL_KEY_SQL_PATTERN = "^https?://(www\\.)?|/+$";
export const emailKey = (email: string) => email.trim().toLowerCase();
