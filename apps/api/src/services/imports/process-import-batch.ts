/**
 * One batch of an import, in one transaction: the next staged rows are
 * validated, merged into the owner's contacts, and either deleted (accepted)
 * or kept with only their line and reason (rejected), together with the import's
 * counters. A server stopping at any point leaves either the whole batch or
 * none of it, and the next run picks up the rows still staged.
 */
import type { Database, Prisma } from "@traction/db";
import { emailKey, toConnection, urlKey, URL_KEY_SQL_PATTERN, type Connection } from "./linkedin-row.ts";
import { mergeConnections, type StoredContact } from "./merge-connections.ts";

export type BatchResult = "more" | "finished" | "not-runnable";

const IMPORT_TAG = "linkedin";
const BATCH_TIMEOUT_MS = 60_000;

export async function processImportBatch(db: Database, importId: string, batchSize: number): Promise<BatchResult> {
  return db.$transaction(
    async (tx) => {
      const [job] = await tx.$queryRaw<Array<{ ownerId: string; status: string }>>`
        SELECT "ownerId", status::text AS status FROM "Import" WHERE id = ${importId}::uuid FOR UPDATE`;
      if (!job || (job.status !== "QUEUED" && job.status !== "RUNNING")) return "not-runnable";
      // One import at a time per owner, so two imports cannot both create the same contact.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`import:${job.ownerId}`}))`;

      const rows = await tx.$queryRaw<Array<{ seq: number; fields: string[] }>>`
        SELECT seq, fields FROM "ImportRow"
        WHERE "importId" = ${importId}::uuid AND reason IS NULL ORDER BY seq LIMIT ${batchSize}`;
      if (rows.length === 0) {
        await tx.$executeRaw`
          UPDATE "Import" SET status = 'DONE', "finishedAt" = now(), "updatedAt" = now() WHERE id = ${importId}::uuid`;
        return "finished";
      }

      const accepted: number[] = [];
      const connections: Connection[] = [];
      const rejected: Array<{ seq: number; reason: string }> = [];
      for (const row of rows) {
        const result = toConnection(row.fields);
        if ("reason" in result) rejected.push({ seq: row.seq, reason: result.reason });
        else {
          accepted.push(row.seq);
          connections.push(result.connection);
        }
      }

      const stored = await storedMatches(tx, job.ownerId, connections);
      const plan = mergeConnections(connections, stored);
      if (plan.creates.length > 0) {
        // One statement with one JSON parameter: many times faster than the ORM's createMany here.
        await tx.$executeRaw`
          INSERT INTO "Contact" (id, "ownerId", name, company, title, email, "linkedinUrl", tags, "createdAt", "updatedAt")
          SELECT r.id, ${job.ownerId}::uuid, r.name, r.company, r.title, r.email, r."linkedinUrl", ARRAY[${IMPORT_TAG}],
                 clock_timestamp(), clock_timestamp()
          FROM jsonb_to_recordset(${JSON.stringify(plan.creates)}::jsonb)
            AS r(id uuid, name text, company text, title text, email text, "linkedinUrl" text)`;
      }
      if (plan.fills.length > 0) {
        const column = (field: "company" | "title" | "email" | "linkedinUrl") => plan.fills.map((fill) => fill[field]);
        await tx.$executeRaw`
          UPDATE "Contact" c SET
            company = COALESCE(NULLIF(c.company, ''), u.company),
            title = COALESCE(NULLIF(c.title, ''), u.title),
            email = COALESCE(NULLIF(c.email, ''), u.email),
            "linkedinUrl" = COALESCE(NULLIF(c."linkedinUrl", ''), u.url),
            "updatedAt" = now()
          FROM unnest(${plan.fills.map((fill) => fill.id)}::uuid[], ${column("company")}::text[], ${column("title")}::text[],
                      ${column("email")}::text[], ${column("linkedinUrl")}::text[]) AS u(id, company, title, email, url)
          WHERE c.id = u.id AND c."ownerId" = ${job.ownerId}::uuid`;
      }
      if (rejected.length > 0) {
        await tx.$executeRaw`
          UPDATE "ImportRow" r SET reason = u.reason, fields = '{}'
          FROM unnest(${rejected.map((row) => row.seq)}::int[], ${rejected.map((row) => row.reason)}::text[]) AS u(seq, reason)
          WHERE r."importId" = ${importId}::uuid AND r.seq = u.seq`;
      }
      if (accepted.length > 0) {
        await tx.$executeRaw`DELETE FROM "ImportRow" WHERE "importId" = ${importId}::uuid AND seq = ANY(${accepted}::int[])`;
      }
      await tx.$executeRaw`
        UPDATE "Import" SET status = 'RUNNING', processed = processed + ${rows.length}, created = created + ${plan.created},
          updated = updated + ${plan.updated}, "updatedAt" = now()
        WHERE id = ${importId}::uuid`;
      return "more";
    },
    { timeout: BATCH_TIMEOUT_MS },
  );
}

/** The owner's contacts that a connection of the batch could match, oldest first (the oldest wins a tie). */
async function storedMatches(tx: Prisma.TransactionClient, ownerId: string, connections: Connection[]): Promise<StoredContact[]> {
  const urls = [...new Set(connections.flatMap((c) => (c.linkedinUrl ? [urlKey(c.linkedinUrl)] : [])))];
  const emails = [...new Set(connections.flatMap((c) => (c.email ? [emailKey(c.email)] : [])))];
  if (urls.length === 0 && emails.length === 0) return [];
  return tx.$queryRaw<StoredContact[]>`
    SELECT id, company, title, email, "linkedinUrl" FROM "Contact"
    WHERE "ownerId" = ${ownerId}::uuid
      AND (regexp_replace(lower("linkedinUrl"), ${URL_KEY_SQL_PATTERN}, '', 'g') = ANY(${urls}::text[])
           OR lower(trim(email)) = ANY(${emails}::text[]))
    ORDER BY "createdAt", id`;
}
