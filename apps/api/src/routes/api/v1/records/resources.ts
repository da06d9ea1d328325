/**
 * The record resources, once: each with its spec and its schemas from the
 * shared table (`RECORD_SCHEMAS`, which the dashboard's calls use too). The
 * jobseeker's CRUD routes and a coach's read-only views of a client are both
 * declared from this table.
 */
import { RECORD_SCHEMAS, ZDeleteVenueQuerySchema, type RecordResource } from "@traction/schemas";
import { z } from "zod";
import { companySpec } from "../../../../services/companies/company-spec.ts";
import { contactSpec } from "../../../../services/contacts/contact-spec.ts";
import { conversationSpec } from "../../../../services/conversations/conversation-spec.ts";
import { deleteFollowUpTask } from "../../../../services/conversations/follow-up-task.ts";
import { eventSpec } from "../../../../services/events/event-spec.ts";
import { leadSpec } from "../../../../services/leads/lead-spec.ts";
import { meetingSpec } from "../../../../services/meetings/meeting-spec.ts";
import { postSpec } from "../../../../services/posts/post-spec.ts";
import { taskSpec } from "../../../../services/tasks/task-spec.ts";
import { guardVenueDelete, venueSpec } from "../../../../services/venues/venue-spec.ts";
import type { AnyRecordSpec } from "../../../../services/records/record-spec.ts";
import type { CrudOptions, DeleteGuard } from "./crud-routes.ts";

/** The resource's path segment is its tag: `/api/v1/<tag>` and `/api/v1/coach/clients/:clientId/<tag>`. */
const resource = (tag: RecordResource, spec: AnyRecordSpec, deleteGuard?: DeleteGuard<unknown>): CrudOptions => ({
  tag,
  spec,
  schemas: RECORD_SCHEMAS[tag],
  ...(deleteGuard ? { deleteGuard } : {}),
});

export const RECORD_RESOURCES: readonly CrudOptions[] = [
  resource("venues", venueSpec, { query: ZDeleteVenueQuerySchema, beforeDelete: guardVenueDelete } as DeleteGuard<unknown>),
  resource("events", eventSpec),
  resource("contacts", contactSpec),
  resource("companies", companySpec),
  // Not a guard: removes the follow-up task in the delete's transaction (join rows go by cascade).
  resource("conversations", conversationSpec, { query: z.object({}), beforeDelete: deleteFollowUpTask }),
  resource("meetings", meetingSpec),
  resource("leads", leadSpec),
  resource("tasks", taskSpec),
  resource("posts", postSpec),
];
