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
import { guardVenueDelete, venueSpec } from "../../../../services/venues/venue-spec.ts";
import { crudRoutes, type DeleteGuard } from "./crud-routes.ts";

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
};

export default recordRoutes;
