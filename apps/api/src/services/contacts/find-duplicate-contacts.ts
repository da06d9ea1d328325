import type { TContact, TContactDuplicatesQuery } from "@traction/schemas";
import type { DbClient } from "../records/db-client.ts";
import { presentRows } from "../records/present-rows.ts";
import { contactSpec } from "./contact-spec.ts";

const MAX_DUPLICATES = 10;

/**
 * The owner's contacts that a new contact named `name` (with `email`) would
 * duplicate: the same name key (case, accents, spacing aside) or the same email
 * (case aside). Both sides of the OR use a functional index of the
 * duplicate_names migration. Oldest first: the one to keep comes first.
 */
export async function findDuplicateContacts(
  db: DbClient,
  ownerId: string,
  { name, email, excludeId }: TContactDuplicatesQuery,
): Promise<Array<TContact & { matchedOn: Array<"name" | "email"> }>> {
  const emailKey = email ? email.trim().toLowerCase() : null;
  const matches = await db.$queryRaw<Array<{ id: string; name: boolean; email: boolean }>>`
    SELECT id::text AS id,
           traction_name_key(name) = traction_name_key(${name}) AS name,
           COALESCE(lower(btrim(email)) = ${emailKey}, false) AS email
    FROM "Contact"
    WHERE "ownerId" = ${ownerId}::uuid
      AND (traction_name_key(name) = traction_name_key(${name})
           OR (${emailKey}::text IS NOT NULL AND email IS NOT NULL AND lower(btrim(email)) = ${emailKey}))
      AND (${excludeId ?? null}::uuid IS NULL OR id <> ${excludeId ?? null}::uuid)
    ORDER BY "createdAt", id
    LIMIT ${MAX_DUPLICATES}`;
  if (matches.length === 0) return [];
  const rows = await db.contact.findMany({ where: { ownerId, id: { in: matches.map((match) => match.id) } } });
  const views = new Map(((await presentRows(db, contactSpec, ownerId, rows)) as TContact[]).map((view) => [view.id, view]));
  return matches.map((match) => ({
    ...views.get(match.id)!,
    matchedOn: [...(match.name ? (["name"] as const) : []), ...(match.email ? (["email"] as const) : [])],
  }));
}
