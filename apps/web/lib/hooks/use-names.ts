"use client";

/** Names for the ids that records point at (a meeting's contact, a lead's company), from one list of up to 100. */
import { companies, contacts, events, venues } from "../api/records.ts";
import { useLoad } from "./use-load.ts";

export type Names = ReadonlyMap<string, string>;

export function useContactNames(clientId?: string): Names {
  const loaded = useLoad(`contact-names:${clientId ?? "me"}`, (api) => contacts.list(api, { limit: 100 }, clientId));
  return new Map(loaded.data?.data.map((contact) => [contact.id, contact.name]));
}

export function useCompanyNames(clientId?: string): Names {
  const loaded = useLoad(`company-names:${clientId ?? "me"}`, (api) => companies.list(api, { limit: 100 }, clientId));
  return new Map(loaded.data?.data.map((company) => [company.id, company.name]));
}

/** Where each event was: event id → the venue's name (the latest 100 events). */
export function useEventPlaces(clientId?: string): Names {
  const loaded = useLoad(`event-places:${clientId ?? "me"}`, async (api) => {
    const [venueList, eventList] = await Promise.all([
      venues.list(api, { limit: 100 }, clientId),
      events.list(api, { limit: 100 }, clientId),
    ]);
    const venueNames = new Map(venueList.data.map((venue) => [venue.id, venue.name]));
    return eventList.data.flatMap((event) => {
      const name = venueNames.get(event.venueId);
      return name ? [[event.id, name] as const] : [];
    });
  });
  return new Map(loaded.data);
}
