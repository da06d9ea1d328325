/**
 * Merges a duplicate target company (the source) into the one kept (the
 * target), in the caller's transaction: the contacts who work there, its leads
 * and the conversations that mentioned it (as links: one per conversation)
 * move to the target; the target's empty priority and untouched status take
 * the source's, notes are appended with whatever else only the source said;
 * then the source is deleted. Insider counts are computed at read time, so
 * they follow; data versions follow by trigger. No webhook event.
 */
import type { Prisma } from "@traction/db";
import type { TCompany, TCompanyMerge } from "@traction/schemas";
import { getRecord } from "../records/get-record.ts";
import { completeKept, differs, lockPair } from "../records/merge-pair.ts";
import { companySpec } from "./company-spec.ts";

export async function mergeCompanies(
  tx: Prisma.TransactionClient,
  ownerId: string,
  targetId: string,
  sourceId: string,
): Promise<Omit<TCompanyMerge, "preview">> {
  await lockPair(tx, "Company", ownerId, targetId, sourceId);
  const target = await tx.company.findUniqueOrThrow({ where: { id: targetId } });
  const source = await tx.company.findUniqueOrThrow({ where: { id: sourceId } });

  const moveTo = { where: { ownerId, companyId: sourceId }, data: { companyId: targetId } };
  const contacts = await tx.contact.updateMany(moveTo);
  const leads = await tx.lead.updateMany(moveTo);
  const [mentions] = await tx.$queryRaw<[{ moved: number }]>`
    WITH moved AS (
      INSERT INTO "ConversationCompany" ("conversationId", "companyId")
      SELECT "conversationId", ${targetId}::uuid FROM "ConversationCompany" WHERE "companyId" = ${sourceId}::uuid
      ON CONFLICT ("conversationId", "companyId") DO NOTHING
      RETURNING 1
    ), kept AS (
      SELECT COUNT(*)::int AS n FROM "ConversationCompany" WHERE "companyId" = ${sourceId}::uuid
    ) SELECT (SELECT n FROM kept) AS moved`;

  const data: Prisma.CompanyUncheckedUpdateInput = {};
  const filled: string[] = [];
  if (target.priority === null && source.priority !== null) {
    data.priority = source.priority;
    filled.push("priority");
  }
  // RESEARCHING is where every company starts: the duplicate's further status is kept.
  if (target.status === "RESEARCHING" && source.status !== "RESEARCHING") {
    data.status = source.status;
    filled.push("status");
  }
  const differences = [
    ...(differs(target.name, source.name) ? [`Name ${source.name}`] : []),
    ...(data.status === undefined && source.status !== target.status ? [`Status ${source.status.toLowerCase()}`] : []),
    ...(data.priority === undefined && source.priority !== null && source.priority !== target.priority
      ? [`Priority ${source.priority}`]
      : []),
  ];
  if (completeKept(data, target, source, differences)) await tx.company.update({ where: { id: targetId }, data });
  await tx.company.delete({ where: { id: sourceId } });

  return {
    company: (await getRecord(tx, companySpec, ownerId, targetId)) as TCompany,
    moved: { contacts: contacts.count, leads: leads.count, conversations: mentions.moved },
    filled,
  };
}
