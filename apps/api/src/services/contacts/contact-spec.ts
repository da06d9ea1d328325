import { Prisma, type Contact } from "@traction/db";
import type { TContact, TCreateContact, TRelationship, TUpdateContact } from "@traction/schemas";
import type { RecordSpec } from "../records/record-spec.ts";
import { contactEvents } from "../webhooks/record-events.ts";
import { SUGGESTED_COMPANY_ID } from "./suggest-companies.ts";

interface ContactQuery {
  q?: string;
  relationship?: TRelationship;
  companyId?: string;
  tag?: string;
}

/** Prisma passes `contains` to ILIKE as is: escape its wildcards so `%` and `_` are searched for literally. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

function contactFilters({ q, relationship, companyId, tag }: ContactQuery): Prisma.ContactWhereInput {
  const search = q === undefined ? undefined : ({ contains: likeLiteral(q), mode: "insensitive" } as const);
  return {
    ...(search ? { OR: [{ name: search }, { company: search }] } : {}),
    ...(relationship ? { relationship } : {}),
    ...(companyId ? { companyId } : {}),
    ...(tag ? { tags: { has: tag } } : {}),
  };
}

/**
 * Contacts. The read-only `firstMetOn`, `lastContactedOn` and `lastHeardPitchOn`
 * are columns kept by PostgreSQL triggers in the same transaction as whatever
 * write moves them (migration contact_derived_dates), so a plain read is right.
 */
export const contactSpec: RecordSpec<Contact, TContact, TCreateContact, TUpdateContact, ContactQuery> = {
  noun: "Contact",
  model: (db) => db.contact,
  table: { name: "Contact", columns: Prisma.ContactScalarFieldEnum },
  computed: { suggestedCompanyId: SUGGESTED_COMPANY_ID },
  filters: contactFilters,
  references: (input) => [
    { field: "metAtEventId", table: "Event", ids: input.metAtEventId },
    { field: "companyId", table: "Company", ids: input.companyId },
  ],
  ...contactEvents,
};
