/**
 * What merging two records of one kind has in common: both must be the
 * caller's (another user's id is a 404, like a missing one), a record is not
 * merged into itself, both rows are locked for the merge's transaction (in id
 * order, so two merges of the same pair cannot deadlock), and a preview runs
 * the real merge and rolls it back, so it says exactly what the merge would do.
 */
import { Prisma, type Database } from "@traction/db";
import { MESSAGES } from "@traction/schemas";
import { invalid, notFound } from "../../lib/errors.ts";

class PreviewRollback<T> extends Error {
  constructor(readonly result: T) {
    super("merge preview rolled back");
  }
}

/** Runs `merge` in one transaction; with `preview`, rolls it back and returns what it produced. */
export async function runMerge<T>(
  db: Database,
  preview: boolean,
  merge: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  try {
    return await db.$transaction(async (tx) => {
      const result = await merge(tx);
      if (preview) throw new PreviewRollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof PreviewRollback) return error.result as T;
    throw error;
  }
}

/** Locks the target and the source, both the owner's; 400 when they are the same, 404 when either is not the owner's. */
export async function lockPair(
  tx: Prisma.TransactionClient,
  table: "Contact" | "Company",
  ownerId: string,
  targetId: string,
  sourceId: string,
): Promise<void> {
  if (targetId === sourceId)
    throw invalid([{ path: "sourceId", message: MESSAGES.mergeIntoItself }], "A record cannot be merged into itself");
  const rows = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id::text AS id FROM ${Prisma.raw(`"${table}"`)}
    WHERE "ownerId" = ${ownerId}::uuid AND id IN (${targetId}::uuid, ${sourceId}::uuid)
    ORDER BY id FOR UPDATE`;
  if (rows.length < 2) throw notFound(table);
}

interface Kept {
  notes: string | null;
  createdAt: Date;
}

/**
 * Completes the kept record's changes: its notes, then the duplicate's, then
 * what only the duplicate said; and the earlier `createdAt` (the record has
 * been known since then). Returns whether there is anything to write.
 */
export function completeKept(
  data: Pick<Prisma.ContactUncheckedUpdateInput, "notes" | "createdAt">,
  target: Kept,
  source: Kept,
  differences: string[],
) {
  const notes = mergedNotes(target.notes, source.notes, differences);
  if (notes !== target.notes) data.notes = notes;
  if (source.createdAt < target.createdAt) data.createdAt = source.createdAt;
  return Object.keys(data).length > 0;
}

/** Notes of the kept record, then the duplicate's (when they differ), then a line with what only the duplicate said. */
function mergedNotes(target: string | null, source: string | null, differences: string[]): string | null {
  const parts = [target, source === target ? null : source].filter((part): part is string => !!part?.trim());
  if (differences.length > 0) parts.push(`From the merged duplicate: ${differences.join("; ")}`);
  return parts.length > 0 ? parts.join("\n\n") : null;
}

/** The source's value, when it says something the kept record does not. */
export const differs = (kept: string | null, other: string | null) =>
  other !== null && other.trim() !== "" && other.trim().toLowerCase() !== (kept ?? "").trim().toLowerCase();
