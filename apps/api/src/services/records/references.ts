/**
 * Referenced ids (venueId, contactIds, companyId, ...) must be the caller's
 * own. One query per referenced table; every bad field is named in one 400.
 */
import { Prisma } from "@traction/db";
import { notFoundMessage } from "@traction/schemas";
import { invalid, type FieldError } from "../../lib/errors.ts";
import { allQueries, type DbClient } from "./db-client.ts";

export type ReferencedTable = "Venue" | "Event" | "Contact" | "Meeting" | "Company" | "Conversation" | "Lead" | "Plan" | "Review";

export interface Reference {
  /** The request field, e.g. `venueId` or `contactIds`. */
  field: string;
  table: ReferencedTable;
  /** A single id, or a list (errors then name `field.index`). */
  ids: string | readonly string[] | null | undefined;
}

export async function assertOwnedReferences(db: DbClient, ownerId: string, references: Reference[]): Promise<void> {
  const wanted = new Map<ReferencedTable, Set<string>>();
  for (const { table, ids } of references) {
    if (ids == null) continue;
    const set = wanted.get(table) ?? new Set<string>();
    for (const id of typeof ids === "string" ? [ids] : ids) set.add(id);
    wanted.set(table, set);
  }
  const found = new Map<ReferencedTable, Set<string>>();
  await allQueries(
    db,
    [...wanted].map(([table, ids]) => async () => {
      const rows = await db.$queryRaw<Array<{ id: string }>>`
        SELECT id::text AS id FROM ${Prisma.raw(`"${table}"`)}
        WHERE "ownerId" = ${ownerId}::uuid AND id = ANY(${[...ids]}::uuid[])`;
      found.set(table, new Set(rows.map((row) => row.id)));
    }),
  );
  const errors: FieldError[] = [];
  for (const { field, table, ids } of references) {
    if (ids == null) continue;
    const owned = found.get(table) ?? new Set<string>();
    if (typeof ids === "string") {
      if (!owned.has(ids)) errors.push({ path: field, message: notFoundMessage(field) });
    } else {
      ids.forEach((id, index) => {
        if (!owned.has(id)) errors.push({ path: `${field}.${index}`, message: notFoundMessage(field) });
      });
    }
  }
  if (errors.length > 0) throw invalid(errors, "The request refers to records that do not exist");
}
