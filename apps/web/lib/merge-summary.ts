/** What a merge moves and fills, in a sentence for its confirmation ("moves 2 conversations and 1 task here; fills job title"). */
import type { MergeOutcome } from "./api/duplicates.ts";

const NOUNS: Record<string, [string, string]> = {
  conversations: ["conversation", "conversations"],
  meetings: ["one-on-one", "one-on-ones"],
  tasks: ["task", "tasks"],
  leads: ["lead", "leads"],
  contacts: ["contact", "contacts"],
};

const FIELDS: Record<string, string> = {
  company: "works at",
  title: "job title",
  email: "email",
  phone: "phone",
  linkedinUrl: "LinkedIn URL",
  relationship: "relationship",
  companyId: "target company",
  metAtEventId: "where you met",
  priority: "priority",
  status: "status",
};

export function listed(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}`;
}

export function mergeSummary(outcome: MergeOutcome, sourceName: string): string {
  const moved = Object.entries(outcome.moved)
    .filter(([, count]) => count > 0)
    .map(([what, count]) => `${count} ${NOUNS[what]![count === 1 ? 0 : 1]}`);
  const filled = outcome.filled.map((field) => FIELDS[field] ?? field);
  return [
    moved.length > 0 ? `Moves ${listed(moved)} here` : "Nothing to move",
    filled.length > 0 ? `fills in ${listed(filled)}` : null,
    "keeps its notes and tags",
    `then deletes “${sourceName}”. This cannot be undone.`,
  ]
    .filter(Boolean)
    .join("; ");
}
