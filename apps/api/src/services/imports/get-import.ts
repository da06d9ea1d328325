import type { Database } from "@traction/db";
import { MAX_LISTED_REJECTIONS, type TImport } from "@traction/schemas";
import { notFound } from "../../lib/errors.ts";

/** The owner's import with its progress and rejected rows; another user's is a 404. */
export async function getImport(db: Database, ownerId: string, id: string): Promise<TImport> {
  const job = await db.import.findFirst({ where: { id, ownerId } });
  if (!job) throw notFound("Import");
  const [rejected, rejectedCount] = await Promise.all([
    db.importRow.findMany({
      where: { importId: id, reason: { not: null } },
      orderBy: [{ line: "asc" }, { seq: "asc" }],
      take: MAX_LISTED_REJECTIONS,
      select: { line: true, reason: true },
    }),
    db.importRow.count({ where: { importId: id, reason: { not: null } } }),
  ]);
  return {
    id: job.id,
    source: "LINKEDIN",
    status: job.status,
    total: job.total,
    processed: job.processed,
    created: job.created,
    updated: job.updated,
    rejected: rejected.map((row) => ({ line: row.line, reason: row.reason! })),
    rejectedCount,
    error: job.error,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}
