/** One-on-ones away from the events: coffees done, one no-show, one cancelled, one coming up, one proposed. */
import type { MeetingStatus, Prisma } from "@traction/db";
import { idOf, type Calendar, type Ids } from "./calendar.ts";

interface Meeting {
  key: string;
  contact: string;
  status: MeetingStatus;
  /** Days ago (negative: in the future) and hour (UTC); none for a proposal without a date. */
  when?: [daysAgo: number, hour: number];
  proposedDaysAgo: number;
  location?: string;
  agenda?: string;
  outcome?: string;
}

const MEETINGS: Meeting[] = [
  {
    key: "mariaCoffee",
    contact: "maria",
    status: "DONE",
    when: [22, 8.5],
    proposedDaysAgo: 25,
    location: "Blue Bottle, 5th St",
    agenda: "How Northwind's ops team works; who decides on analyst hires.",
    outcome: "An ops analyst opening goes live next week; she will hand my CV to the ops director herself.",
  },
  {
    key: "kevinNoShow",
    contact: "kevin",
    status: "NO_SHOW",
    when: [20, 12],
    proposedDaysAgo: 26,
    location: "Contoso lobby café",
    agenda: "Contoso's network-planning team.",
    outcome: "He did not come; an outage at the Oakland DC. Rebooked.",
  },
  {
    key: "kevinCall",
    contact: "kevin",
    status: "DONE",
    when: [15, 16],
    proposedDaysAgo: 19,
    location: "Video call",
    agenda: "Network-planning team, second try.",
    outcome: "Team of three now, two hires planned. Sent him my route re-planning case study.",
  },
  {
    key: "priyaCoffee",
    contact: "priya",
    status: "CANCELLED",
    when: [14, 9],
    proposedDaysAgo: 16,
    location: "Ritual Coffee",
    agenda: "Which supply-chain roles her clients are filling.",
    outcome: "She cancelled; will send roles by email instead.",
  },
  {
    key: "helenLunch",
    contact: "helen",
    status: "DONE",
    when: [8, 12],
    proposedDaysAgo: 10,
    location: "Harbor Grill",
    agenda: "Fabrikam's planning team; feedback on my pitch.",
    outcome: "Hiring freeze at Fabrikam until Q2. Suggested Tailspin's new DC and offered to introduce me to Marcus.",
  },
  {
    key: "deniseCoffee",
    contact: "denise",
    status: "SCHEDULED",
    when: [-3, 8.5],
    proposedDaysAgo: 6,
    location: "Café near Contoso HQ",
    agenda: "How the COO's office runs planning; whether the analyst role will be posted.",
  },
  {
    key: "marcusProposal",
    contact: "marcus",
    status: "PROPOSED",
    proposedDaysAgo: 2,
    agenda: "Tailspin's new distribution centre.",
  },
];

export async function seedMeetings(tx: Prisma.TransactionClient, ownerId: string, cal: Calendar, people: Ids): Promise<Ids> {
  const ids: Ids = {};
  for (const meeting of MEETINGS) {
    const createdAt = cal.at(meeting.proposedDaysAgo, 18);
    const row = await tx.meeting.create({
      data: {
        ownerId,
        contactId: idOf(people, meeting.contact),
        status: meeting.status,
        scheduledAt: meeting.when ? cal.at(...meeting.when) : null,
        location: meeting.location ?? null,
        agenda: meeting.agenda ?? null,
        outcome: meeting.outcome ?? null,
        createdAt,
        // A meeting's record was last touched when it happened (or when it was booked, if still ahead).
        updatedAt: meeting.when && meeting.when[0] > 0 ? cal.at(meeting.when[0], meeting.when[1] + 2) : createdAt,
      },
    });
    ids[meeting.key] = row.id;
  }
  return ids;
}
