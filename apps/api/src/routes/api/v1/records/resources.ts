/**
 * The record resources, once: each with its spec and zod schemas. The
 * jobseeker's CRUD routes and a coach's read-only views of a client are both
 * declared from this table.
 */
import {
  ZCompanyListQuerySchema,
  ZCompanyListSchema,
  ZCompanySchema,
  ZContactListQuerySchema,
  ZContactListSchema,
  ZContactSchema,
  ZConversationListQuerySchema,
  ZConversationListSchema,
  ZConversationSchema,
  ZCreateCompanySchema,
  ZCreateContactSchema,
  ZCreateConversationSchema,
  ZCreateEventSchema,
  ZCreateLeadSchema,
  ZCreateMeetingSchema,
  ZCreatePostSchema,
  ZCreateTaskSchema,
  ZCreateVenueSchema,
  ZDeleteVenueQuerySchema,
  ZEventListQuerySchema,
  ZEventListSchema,
  ZEventSchema,
  ZLeadListQuerySchema,
  ZLeadListSchema,
  ZLeadSchema,
  ZMeetingListQuerySchema,
  ZMeetingListSchema,
  ZMeetingSchema,
  ZPostListQuerySchema,
  ZPostListSchema,
  ZPostSchema,
  ZTaskListQuerySchema,
  ZTaskListSchema,
  ZTaskSchema,
  ZUpdateCompanySchema,
  ZUpdateContactSchema,
  ZUpdateConversationSchema,
  ZUpdateEventSchema,
  ZUpdateLeadSchema,
  ZUpdateMeetingSchema,
  ZUpdatePostSchema,
  ZUpdateTaskSchema,
  ZUpdateVenueSchema,
  ZVenueListQuerySchema,
  ZVenueListSchema,
  ZVenueSchema,
} from "@traction/schemas";
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
import type { CrudOptions, DeleteGuard } from "./crud-routes.ts";

/** `tag` is also the path segment: `/api/v1/<tag>` and `/api/v1/coach/clients/:clientId/<tag>`. */
export const RECORD_RESOURCES: readonly CrudOptions[] = [
  {
    tag: "venues",
    spec: venueSpec,
    schemas: {
      create: ZCreateVenueSchema,
      update: ZUpdateVenueSchema,
      response: ZVenueSchema,
      listQuery: ZVenueListQuerySchema,
      list: ZVenueListSchema,
    },
    deleteGuard: { query: ZDeleteVenueQuerySchema, beforeDelete: guardVenueDelete } as DeleteGuard<unknown>,
  },
  {
    tag: "events",
    spec: eventSpec,
    schemas: {
      create: ZCreateEventSchema,
      update: ZUpdateEventSchema,
      response: ZEventSchema,
      listQuery: ZEventListQuerySchema,
      list: ZEventListSchema,
    },
  },
  {
    tag: "contacts",
    spec: contactSpec,
    schemas: {
      create: ZCreateContactSchema,
      update: ZUpdateContactSchema,
      response: ZContactSchema,
      listQuery: ZContactListQuerySchema,
      list: ZContactListSchema,
    },
  },
  {
    tag: "companies",
    spec: companySpec,
    schemas: {
      create: ZCreateCompanySchema,
      update: ZUpdateCompanySchema,
      response: ZCompanySchema,
      listQuery: ZCompanyListQuerySchema,
      list: ZCompanyListSchema,
    },
  },
  {
    tag: "conversations",
    spec: conversationSpec,
    schemas: {
      create: ZCreateConversationSchema,
      update: ZUpdateConversationSchema,
      response: ZConversationSchema,
      listQuery: ZConversationListQuerySchema,
      list: ZConversationListSchema,
    },
    // Not a guard: removes the follow-up task in the delete's transaction (join rows go by cascade).
    deleteGuard: { query: z.object({}), beforeDelete: deleteFollowUpTask },
  },
  {
    tag: "meetings",
    spec: meetingSpec,
    schemas: {
      create: ZCreateMeetingSchema,
      update: ZUpdateMeetingSchema,
      response: ZMeetingSchema,
      listQuery: ZMeetingListQuerySchema,
      list: ZMeetingListSchema,
    },
  },
  {
    tag: "leads",
    spec: leadSpec,
    schemas: {
      create: ZCreateLeadSchema,
      update: ZUpdateLeadSchema,
      response: ZLeadSchema,
      listQuery: ZLeadListQuerySchema,
      list: ZLeadListSchema,
    },
  },
  {
    tag: "tasks",
    spec: taskSpec,
    schemas: {
      create: ZCreateTaskSchema,
      update: ZUpdateTaskSchema,
      response: ZTaskSchema,
      listQuery: ZTaskListQuerySchema,
      list: ZTaskListSchema,
    },
  },
  {
    tag: "posts",
    spec: postSpec,
    schemas: {
      create: ZCreatePostSchema,
      update: ZUpdatePostSchema,
      response: ZPostSchema,
      listQuery: ZPostListQuerySchema,
      list: ZPostListSchema,
    },
  },
];
