/**
 * Merging a batch of connections into the owner's contacts (pure): a row
 * matches a contact by LinkedIn URL, else by email; a match only fills the
 * fields the contact lacks (nothing a user typed is overwritten), so importing
 * the same file twice changes nothing. Rows that match nothing become new
 * contacts, and later rows in the batch can match those.
 */
import { randomUUID } from "node:crypto";
import { emailKey, urlKey, type Connection } from "./linkedin-row.ts";

export interface StoredContact {
  id: string;
  company: string | null;
  title: string | null;
  email: string | null;
  linkedinUrl: string | null;
}

type Fillable = "company" | "title" | "email" | "linkedinUrl";
const FILLABLE: readonly Fillable[] = ["company", "title", "email", "linkedinUrl"];

export type ContactFill = { id: string } & Record<Fillable, string | null>;

export interface MergePlan {
  creates: Array<{ id: string } & Connection>;
  /** Per existing contact, the fields to fill (null: leave as is). */
  fills: ContactFill[];
  created: number;
  /** Rows that filled in something on a contact that already existed. */
  updated: number;
}

const isBlank = (value: string | null) => value === null || value.trim() === "";

export function mergeConnections(connections: readonly Connection[], stored: readonly StoredContact[]): MergePlan {
  const byUrl = new Map<string, StoredContact>();
  const byEmail = new Map<string, StoredContact>();
  const index = (contact: StoredContact) => {
    if (contact.linkedinUrl && !byUrl.has(urlKey(contact.linkedinUrl))) byUrl.set(urlKey(contact.linkedinUrl), contact);
    if (contact.email && !byEmail.has(emailKey(contact.email))) byEmail.set(emailKey(contact.email), contact);
  };
  stored.forEach(index);

  const existing = new Set(stored.map((contact) => contact.id));
  const creates = new Map<string, { id: string } & Connection>();
  const fills = new Map<string, ContactFill>();
  let updated = 0;

  for (const connection of connections) {
    const match =
      (connection.linkedinUrl ? byUrl.get(urlKey(connection.linkedinUrl)) : undefined) ??
      (connection.email ? byEmail.get(emailKey(connection.email)) : undefined);
    if (!match) {
      const created = { id: randomUUID(), ...connection };
      creates.set(created.id, created);
      index(created);
      continue;
    }
    const missing = FILLABLE.filter((field) => isBlank(match[field]) && connection[field] !== null);
    if (missing.length === 0) continue;
    for (const field of missing) match[field] = connection[field];
    index(match);
    if (existing.has(match.id)) {
      const fill = fills.get(match.id) ?? { id: match.id, company: null, title: null, email: null, linkedinUrl: null };
      for (const field of missing) fill[field] = connection[field];
      fills.set(match.id, fill);
      updated += 1;
    }
  }
  return { creates: [...creates.values()], fills: [...fills.values()], created: creates.size, updated };
}
