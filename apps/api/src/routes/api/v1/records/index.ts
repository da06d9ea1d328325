/** A jobseeker's records: one CRUD subtree per resource, all jobseeker-only. */
import {
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
};

export default recordRoutes;
