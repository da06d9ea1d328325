import { Prisma, type Event } from "@traction/db";
import type { TCreateEvent, TEvent, TUpdateEvent } from "@traction/schemas";
import type { RecordSpec } from "../records/record-spec.ts";

interface EventQuery {
  venueId?: string;
  from?: Date;
  to?: Date;
}

export const eventSpec: RecordSpec<Event, TEvent, TCreateEvent, TUpdateEvent, EventQuery> = {
  noun: "Event",
  model: (db) => db.event,
  table: { name: "Event", columns: Prisma.EventScalarFieldEnum },
  sortBy: "date",
  filters: ({ venueId, from, to }) => ({
    ...(venueId ? { venueId } : {}),
    ...(from || to ? { date: { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) } } : {}),
  }),
  references: (input) => [{ field: "venueId", table: "Venue", ids: input.venueId }],
};
