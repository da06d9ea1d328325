import { Prisma, type Venue } from "@traction/db";
import type { TCreateVenue, TUpdateVenue, TVenue } from "@traction/schemas";
import { conflict } from "../../lib/errors.ts";
import type { DbClient } from "../records/db-client.ts";
import type { RecordSpec } from "../records/record-spec.ts";

export const venueSpec: RecordSpec<Venue, TVenue, TCreateVenue, TUpdateVenue, { kind?: Venue["kind"] }> = {
  noun: "Venue",
  model: (db) => db.venue,
  table: { name: "Venue", columns: Prisma.VenueScalarFieldEnum },
  filters: ({ kind }) => (kind ? { kind } : {}),
};

/** A venue with events is deleted only with `?cascade=true`, taking its events with it. */
export async function guardVenueDelete(db: DbClient, ownerId: string, id: string, query: { cascade: boolean }): Promise<void> {
  if (query.cascade) return;
  const events = await db.event.count({ where: { venueId: id, ownerId } });
  if (events > 0) throw conflict(`This venue has ${events} event(s); delete with ?cascade=true to remove them too`);
}
