"use client";

/** Names for the ids that records point at (a meeting's contact, a lead's company), from one list of up to 100. */
import { companies, contacts, events, venues } from "../api/records.ts";
import { useLoad } from "./use-load.ts";

export type Names = ReadonlyMap<string, string>;

/** A name as the API compares them for duplicates: case, accents and spacing aside. */
export const nameKey = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/** Names that pickers can tell apart: a name that more than one record has gets what differs ("Sam Ortiz (Acme)"). */
export function distinctNames<T extends { id: string; name: string; createdAt: Date }>(
  rows: readonly T[],
  detail: (row: T) => string | null | undefined,
): Names {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(nameKey(row.name), (counts.get(nameKey(row.name)) ?? 0) + 1);
  return new Map(
    rows.map((row) => {
      if (counts.get(nameKey(row.name))! < 2) return [row.id, row.name];
      const what = detail(row) || `added ${row.createdAt.toLocaleDateString("en-GB", { day: "numeric", month: "short" })}`;
      return [row.id, `${row.name} (${what})`];
    }),
  );
}

export function useContactNames(clientId?: string): Names {
  const loaded = useLoad(`contact-names:${clientId ?? "me"}`, (api) => contacts.list(api, { limit: 100 }, clientId));
  return distinctNames(loaded.data?.data ?? [], (contact) => [contact.company, contact.email].filter(Boolean).join(" · "));
}

export function useCompanyNames(clientId?: string): Names {
  const loaded = useLoad(`company-names:${clientId ?? "me"}`, (api) => companies.list(api, { limit: 100 }, clientId));
  return distinctNames(loaded.data?.data ?? [], () => null);
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
