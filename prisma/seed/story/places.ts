/**
 * Where Dana networks. Weeks 1–3: two jobseeker support groups and sorting
 * cans in the food bank's back room. From week 4 she branches out: a business
 * breakfast, a professional association, a data Meetup, and a seat on the food
 * bank's gala committee, alongside its board.
 */
import type { Prisma, VenueKind, Visibility } from "@traction/db";
import { idOf, type Calendar, type Ids } from "./calendar.ts";

const VENUES: Array<{ key: string; name: string; kind: VenueKind; url?: string; notes?: string }> = [
  { key: "circle", name: "Career Transitions Circle", kind: "JOBSEEKER_SUPPORT_GROUP", notes: "Tuesdays at the public library." },
  { key: "jobClub", name: "Eastside Job Club", kind: "JOBSEEKER_SUPPORT_GROUP", notes: "Fridays, community centre room B." },
  { key: "foodBank", name: "Harbor Food Bank", kind: "VOLUNTEERING", url: "https://harborfoodbank.example" },
  {
    key: "breakfast",
    name: "Eastside Business Breakfast",
    kind: "BUSINESS_NETWORKING_GROUP",
    notes: "Thursdays 7:30, one member per trade.",
  },
  {
    key: "scpa",
    name: "Supply Chain Professionals Association — Bay chapter",
    kind: "PROFESSIONAL_ASSOCIATION",
    url: "https://scpa-bay.example",
  },
  { key: "meetup", name: "Bay Data & Analytics Meetup", kind: "MEETUP", url: "https://meetup.example/bay-data" },
];

type EventRow = [key: string, venue: string, daysAgo: number, hours: number, visibility: Visibility | null, notes: string | null];

const EVENTS: EventRow[] = [
  ["circle1", "circle", 55, 2, null, "First time. Everyone shared where they were stuck."],
  ["jobClub1", "jobClub", 52, 2, null, "Résumé clinic."],
  ["circle2", "circle", 48, 2, null, null],
  ["jobClub2", "jobClub", 45, 2, null, "Talked about ATS keywords again."],
  ["circle3", "circle", 41, 2, null, null],
  ["sorting1", "foodBank", 39, 4, "BEHIND_THE_SCENES", "Sorted cans in the warehouse all afternoon; met nobody but Janet."],
  ["jobClub3", "jobClub", 38, 2, null, null],
  ["circle4", "circle", 34, 2, null, "Decided to try a business group after reading about branching out."],
  ["breakfast1", "breakfast", 33, 1.5, null, "Guest of Nina. Gave my 30-second pitch for the first time."],
  ["sorting2", "foodBank", 32, 4, "BEHIND_THE_SCENES", "Back room again. Asked Janet about the gala committee."],
  ["scpa1", "scpa", 27, 2.5, null, "Chapter meeting: warehouse automation panel."],
  ["breakfast2", "breakfast", 26, 1.5, null, "Ray brought Maria from Northwind as his guest."],
  ["committee1", "foodBank", 24, 2, "WITH_LEADERSHIP", "First gala committee meeting, chaired by Helen (board)."],
  ["breakfast3", "breakfast", 19, 1.5, null, null],
  ["committee2", "foodBank", 17, 2, "WITH_LEADERSHIP", "Took over the gala's logistics plan."],
  ["meetup1", "meetup", 16, 2, null, "Lightning talks on demand forecasting."],
  ["scpa2", "scpa", 13, 2, null, null],
  ["circle5", "circle", 13, 1.5, null, "Went back to share what is working."],
  ["breakfast4", "breakfast", 12, 1.5, null, null],
  ["gala", "foodBank", 10, 5, "FRONT_FACING", "The gala: ran the check-in desk and met the sponsors."],
  ["breakfast5", "breakfast", 5, 1.5, null, null],
  ["committee3", "foodBank", 3, 1.5, "WITH_LEADERSHIP", "Gala wrap-up with the board."],
];

export async function seedPlaces(tx: Prisma.TransactionClient, ownerId: string, cal: Calendar): Promise<Ids> {
  const ids: Ids = {};
  for (const [index, venue] of VENUES.entries()) {
    const createdAt = cal.at(56 - index * 5, 9);
    const row = await tx.venue.create({
      data: {
        ownerId,
        name: venue.name,
        kind: venue.kind,
        url: venue.url ?? null,
        notes: venue.notes ?? null,
        createdAt,
        updatedAt: createdAt,
      },
    });
    ids[venue.key] = row.id;
  }
  for (const [index, [key, venue, daysAgo, hours, visibility, notes]] of EVENTS.entries()) {
    // A minute apart, so that records of the same day keep one order.
    const createdAt = cal.at(daysAgo, 21 + index / 60);
    const row = await tx.event.create({
      data: {
        ownerId,
        venueId: idOf(ids, venue),
        date: cal.day(daysAgo),
        hours,
        visibility,
        notes,
        createdAt,
        updatedAt: createdAt,
      },
    });
    ids[key] = row.id;
  }
  return ids;
}
