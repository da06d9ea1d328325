/**
 * One resource's rows for an export: every record of the owner, oldest first,
 * in the shape its own routes return. Bounded queries: one for the rows (plus
 * one per included relation) and the spec's one `present` query — never one
 * per row.
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
import { presentRows } from "../records/present-rows.ts";
import type { AnyRecordSpec } from "../records/record-spec.ts";
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

export async function exportRows(db: DbClient, ownerId: string, resource: TExportResource): Promise<unknown[]> {
  const spec = SPECS[resource];
  const include = { ...spec.include, ...EXPORT_INCLUDE[resource] };
  const rows = await spec.model(db).findMany({
    where: { ownerId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...(Object.keys(include).length > 0 ? { include } : {}),
  });
  return presentRows(db, spec, ownerId, rows);
}
