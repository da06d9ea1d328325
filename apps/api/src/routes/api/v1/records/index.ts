/** A jobseeker's records: one CRUD subtree per resource, all jobseeker-only. */
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
  ZUpdateCompanySchema,
  ZUpdateContactSchema,
  ZUpdateConversationSchema,
  ZCreateEventSchema,
  ZCreateLeadSchema,
  ZCreateMeetingSchema,
  ZCreatePostSchema,
  ZCreateTaskSchema,
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
  ZUpdateLeadSchema,
  ZUpdateMeetingSchema,
  ZUpdatePostSchema,
  ZUpdateTaskSchema,
  ZCreateVenueSchema,
  ZDeleteVenueQuerySchema,
  ZEventListQuerySchema,
  ZEventListSchema,
  ZEventSchema,
  ZUpdateEventSchema,
  ZUpdateVenueSchema,
  ZVenueListQuerySchema,
  ZVenueListSchema,
  ZVenueSchema,
} from "@traction/schemas";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
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
import { crudRoutes, type DeleteGuard } from "./crud-routes.ts";
import planRoutes from "./plan.ts";

const recordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook("preHandler", app.requireRole("JOBSEEKER"));

  await app.register(
    crudRoutes({
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
    }),
    { prefix: "/venues" },
  );

  await app.register(
    crudRoutes({
      tag: "events",
      spec: eventSpec,
      schemas: {
        create: ZCreateEventSchema,
        update: ZUpdateEventSchema,
        response: ZEventSchema,
        listQuery: ZEventListQuerySchema,
        list: ZEventListSchema,
      },
    }),
    { prefix: "/events" },
  );

  await app.register(
    crudRoutes({
      tag: "contacts",
      spec: contactSpec,
      schemas: {
        create: ZCreateContactSchema,
        update: ZUpdateContactSchema,
        response: ZContactSchema,
        listQuery: ZContactListQuerySchema,
        list: ZContactListSchema,
      },
    }),
    { prefix: "/contacts" },
  );

  await app.register(
    crudRoutes({
      tag: "companies",
      spec: companySpec,
      schemas: {
        create: ZCreateCompanySchema,
        update: ZUpdateCompanySchema,
        response: ZCompanySchema,
        listQuery: ZCompanyListQuerySchema,
        list: ZCompanyListSchema,
      },
    }),
    { prefix: "/companies" },
  );

  await app.register(
    crudRoutes({
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
    }),
    { prefix: "/conversations" },
  );

  await app.register(
    crudRoutes({
      tag: "meetings",
      spec: meetingSpec,
      schemas: {
        create: ZCreateMeetingSchema,
        update: ZUpdateMeetingSchema,
        response: ZMeetingSchema,
        listQuery: ZMeetingListQuerySchema,
        list: ZMeetingListSchema,
      },
    }),
    { prefix: "/meetings" },
  );

  await app.register(
    crudRoutes({
      tag: "leads",
      spec: leadSpec,
      schemas: {
        create: ZCreateLeadSchema,
        update: ZUpdateLeadSchema,
        response: ZLeadSchema,
        listQuery: ZLeadListQuerySchema,
        list: ZLeadListSchema,
      },
    }),
    { prefix: "/leads" },
  );

  await app.register(
    crudRoutes({
      tag: "tasks",
      spec: taskSpec,
      schemas: {
        create: ZCreateTaskSchema,
        update: ZUpdateTaskSchema,
        response: ZTaskSchema,
        listQuery: ZTaskListQuerySchema,
        list: ZTaskListSchema,
      },
    }),
    { prefix: "/tasks" },
  );

  await app.register(
    crudRoutes({
      tag: "posts",
      spec: postSpec,
      schemas: {
        create: ZCreatePostSchema,
        update: ZUpdatePostSchema,
        response: ZPostSchema,
        listQuery: ZPostListQuerySchema,
        list: ZPostListSchema,
      },
    }),
    { prefix: "/posts" },
  );

  await app.register(planRoutes, { prefix: "/plan" });
};

export default recordRoutes;
