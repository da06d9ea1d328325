/**
 * One resource's rows for an export: every record of the owner, oldest first,
 * in the shape its own routes return, in batches read by keyset (createdAt,
 * id), so an export holds one batch in memory whatever the account's size.
 * Bounded queries per batch: one for the rows (plus one per included relation)
 * and the spec's one `present` query — never one per row.
 */
import type { TExportResource } from "@traction/schemas";
import { companySpec } from "../companies/company-spec.ts";
import { contactSpec } from "../contacts/contact-spec.ts";
import { conversationSpec } from "../conversations/conversation-spec.ts";
import { eventSpec } from "../events/event-spec.ts";
import { leadSpec } from "../leads/lead-spec.ts";
import { meetingSpec } from "../meetings/meeting-spec.ts";
import { postSpec } from "../posts/post-spec.ts";
import type { DbClient } from "../records/db-client.ts";
import { rowsAfter } from "../records/pagination.ts";
import { presentRows } from "../records/present-rows.ts";
import type { AnyRecordSpec, RecordRow } from "../records/record-spec.ts";
import { taskSpec } from "../tasks/task-spec.ts";
import { venueSpec } from "../venues/venue-spec.ts";

const SPECS: Record<TExportResource, AnyRecordSpec> = {
  venues: venueSpec,
  events: eventSpec,
  contacts: contactSpec,
  conversations: conversationSpec,
  meetings: meetingSpec,
  companies: companySpec,
  leads: leadSpec,
  tasks: taskSpec,
  posts: postSpec,
};

/** What only the export carries beyond the API object. */
const EXPORT_INCLUDE: Partial<Record<TExportResource, object>> = {
  leads: { stageChanges: { select: { stage: true, changedAt: true }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] } },
};

export const EXPORT_BATCH_SIZE = 1_000;

/** Yields the owner's rows of `resource`, `batchSize` at a time (never an empty batch). */
export async function* exportRowBatches(
  db: DbClient,
  ownerId: string,
  resource: TExportResource,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<unknown[]> {
  const spec = SPECS[resource];
  const include = { ...spec.include, ...EXPORT_INCLUDE[resource] };
  let last: RecordRow | undefined;
  for (;;) {
    const after = last ? rowsAfter("createdAt", last.createdAt, last.id, "asc") : {};
    const rows = await spec.model(db).findMany({
      where: { ownerId, ...after },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: batchSize,
      ...(Object.keys(include).length > 0 ? { include } : {}),
    });
    if (rows.length === 0) return;
    yield await presentRows(db, spec, ownerId, rows);
    if (rows.length < batchSize) return;
    last = rows.at(-1);
  }
}
