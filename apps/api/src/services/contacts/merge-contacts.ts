/**
 * Merges a duplicate contact (the source) into the one kept (the target), in
 * the caller's transaction: the source's conversations (as links: a
 * conversation with both keeps one link, at the better position), one-on-ones,
 * tasks and sourced leads move to the target; the target's empty fields take
 * the source's values, tags are united, notes appended, and whatever else only
 * the source said is written into the notes; then the source is deleted.
 * The derived dates (firstMetOn, lastContactedOn, lastHeardPitchOn) follow by
 * the triggers of these writes, and so do the owner's data versions. No
 * webhook event: no contact is created and no lead changes stage.
 */
import type { Contact, Prisma } from "@traction/db";
import type { TContact, TContactMerge } from "@traction/schemas";
import { getRecord } from "../records/get-record.ts";
import { completeKept, differs, lockPair } from "../records/merge-pair.ts";
import { contactSpec } from "./contact-spec.ts";

const FILLABLE = ["company", "title", "email", "phone", "linkedinUrl", "relationship", "companyId"] as const;
const NOTED: Array<["name" | "company" | "title" | "email" | "phone" | "linkedinUrl", string]> = [
  ["name", "Name"],
  ["company", "Works at"],
  ["title", "Title"],
  ["email", "Email"],
  ["phone", "Phone"],
  ["linkedinUrl", "LinkedIn"],
];

export async function mergeContacts(
  tx: Prisma.TransactionClient,
  ownerId: string,
  targetId: string,
  sourceId: string,
): Promise<Omit<TContactMerge, "preview">> {
  await lockPair(tx, "Contact", ownerId, targetId, sourceId);
  const withEvent = { include: { metAtEvent: { select: { date: true } } } } as const;
  const target = await tx.contact.findUniqueOrThrow({ where: { id: targetId }, ...withEvent });
  const source = await tx.contact.findUniqueOrThrow({ where: { id: sourceId }, ...withEvent });

  // Links, not conversations: a conversation with both people keeps one link, at the earlier position.
  const [links] = await tx.$queryRaw<[{ moved: number }]>`
    WITH moved AS (
      INSERT INTO "ConversationContact" ("conversationId", "contactId", "position")
      SELECT "conversationId", ${targetId}::uuid, position FROM "ConversationContact" WHERE "contactId" = ${sourceId}::uuid
      ON CONFLICT ("conversationId", "contactId") DO UPDATE SET position = LEAST("ConversationContact".position, EXCLUDED.position)
      RETURNING 1
    ) SELECT COUNT(*)::int AS moved FROM moved`;
  const moveTo = { where: { ownerId, contactId: sourceId }, data: { contactId: targetId } };
  const meetings = await tx.meeting.updateMany(moveTo);
  const tasks = await tx.task.updateMany(moveTo);
  const leads = await tx.lead.updateMany({ where: { ownerId, sourceContactId: sourceId }, data: { sourceContactId: targetId } });

  const data: Prisma.ContactUncheckedUpdateInput = {};
  const filled: string[] = [];
  for (const field of FILLABLE) {
    if (target[field] === null && source[field] !== null) {
      data[field] = source[field];
      filled.push(field);
    }
  }
  // The earlier met-at event: the person was first met there.
  if (source.metAtEvent && (!target.metAtEvent || source.metAtEvent.date < target.metAtEvent.date)) {
    data.metAtEventId = source.metAtEventId;
    filled.push("metAtEventId");
  }
  const tags = [...new Set([...target.tags, ...source.tags])];
  if (tags.length > target.tags.length) data.tags = tags;
  const kept = { ...target, ...data } as Contact;
  const differences = NOTED.filter(([field]) => differs(kept[field], source[field])).map(
    ([field, label]) => `${label} ${source[field]!}`,
  );
  if (completeKept(data, target, source, differences)) await tx.contact.update({ where: { id: targetId }, data });
  await tx.contact.delete({ where: { id: sourceId } });

  return {
    contact: (await getRecord(tx, contactSpec, ownerId, targetId)) as TContact,
    moved: { conversations: links.moved, meetings: meetings.count, tasks: tasks.count, leads: leads.count },
    filled,
  };
}
