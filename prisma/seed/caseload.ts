/**
 * The demo coach's caseload: the demo jobseeker and five more clients, each
 * with four to seven weeks of records that tell one story the roster should
 * notice at first sign-in — stuck in support groups, in a rut, never meets
 * one-on-one, doing well, gone quiet. The coach has already commented on
 * three of them and assigned one a task.
 *
 * Every client signs in with the demo password (`<first name>@traction.dev`).
 * Written in one transaction; deterministic for a given day.
 */
import type { Channel, Database, LeadStage, MeetingStatus, Prisma, Relationship, VenueKind, Visibility } from "@traction/db";
import { calendar, type Calendar } from "./story/calendar.ts";

type Flags = "" | "s" | "j" | "jp" | "p";

export interface ClientStory {
  name: string;
  email: string;
  venues: Array<[name: string, kind: VenueKind]>;
  /** [venue index, days ago, hours, visibility] */
  events: Array<[venue: number, daysAgo: number, hours: number, visibility?: Visibility]>;
  /** [name, relationship, added days ago, met at event index] */
  contacts: Array<[name: string, relationship: Relationship, daysAgo: number, event?: number]>;
  /** [days ago, contact indexes, s: small talk only · j: mentioned the search · p: explained what I do, channel] */
  talks: Array<[daysAgo: number, contacts: number[], flags: Flags, channel?: Channel]>;
  /** [contact index, status, days ago (negative: ahead)] */
  meetings?: Array<[contact: number, status: MeetingStatus, daysAgo: number]>;
  /** [title, due days ago (negative: ahead), done] */
  tasks?: Array<[title: string, dueDaysAgo: number, done: boolean]>;
  leads?: Array<[title: string, stages: LeadStage[], daysAgo: number]>;
  /** What the coach wrote on this week's thread. */
  comment?: string;
  /** A task the coach assigned: [title, due days ahead]. */
  assignment?: [title: string, dueInDays: number];
}

const SUPPORT: VenueKind = "JOBSEEKER_SUPPORT_GROUP";

export const CASELOAD: ClientStory[] = [
  {
    // Stuck in support groups: every hour with other jobseekers.
    name: "Rosa Martinez",
    email: "rosa@traction.dev",
    venues: [
      ["Westside Job Seekers", SUPPORT],
      ["Library Career Café", SUPPORT],
    ],
    events: [
      [0, 26, 2],
      [1, 23, 2],
      [0, 19, 2],
      [1, 16, 2],
      [0, 12, 2.5],
      [1, 9, 2],
      [0, 5, 2],
      [1, 2, 2],
    ],
    contacts: [
      ["Ahmed Saleh", "PEER_JOBSEEKER", 26, 0],
      ["Brenda Cole", "PEER_JOBSEEKER", 23, 1],
      ["Chris Dunn", "PEER_JOBSEEKER", 19, 0],
      ["Diane Park", "PEER_JOBSEEKER", 12, 0],
    ],
    talks: [
      [26, [0], "jp"],
      [23, [1], "jp"],
      [19, [2], "j"],
      [16, [1, 3], "jp"],
      [12, [3], "jp"],
      [5, [0, 2], "jp"],
    ],
    meetings: [[1, "DONE", 14]],
    comment:
      "Rosa, all eight events this month were support groups. Could you swap one of them for the Thursday business breakfast?",
  },
  {
    // In a rut: the same two people, small talk only.
    name: "Ken Watanabe",
    email: "ken@traction.dev",
    venues: [
      ["Downtown Business Network", "BUSINESS_NETWORKING_GROUP"],
      ["Cloud Native Meetup", "MEETUP"],
    ],
    events: [
      [0, 25, 1.5],
      [1, 20, 2],
      [0, 18, 1.5],
      [1, 13, 2],
      [0, 11, 1.5],
      [0, 4, 1.5],
    ],
    contacts: [
      ["Gary Holt", "FRIEND_FAMILY", 40],
      ["Hannah Lee", "OTHER", 25, 0],
    ],
    talks: [
      [25, [0, 1], "s"],
      [20, [0], "s"],
      [18, [1], "s"],
      [15, [0], "s", "PHONE"],
      [13, [0, 1], "s"],
      [11, [1], "s"],
      [8, [0], "s", "PHONE"],
      [4, [0, 1], "s"],
    ],
    meetings: [[1, "SCHEDULED", -3]],
    comment: "Ken, eight conversations this month with Gary and Hannah only. Next breakfast: three people you have never met?",
  },
  {
    // Meets plenty of people, never one-on-one.
    name: "Amara Nwosu",
    email: "amara@traction.dev",
    venues: [
      ["Product Managers Guild", "PROFESSIONAL_ASSOCIATION"],
      ["Fintech After Hours", "MEETUP"],
      ["Harbor Chamber of Commerce", "BUSINESS_NETWORKING_GROUP"],
    ],
    events: [
      [0, 24, 2],
      [1, 20, 2],
      [2, 17, 1.5],
      [0, 10, 2],
      [1, 6, 2],
      [2, 3, 1.5],
    ],
    contacts: [
      ["Ines Duarte", "INSIDER", 24, 0],
      ["Jamal Brooks", "CONNECTOR", 24, 0],
      ["Karin Olsen", "HIRING_MANAGER", 20, 1],
      ["Luis Ortega", "RECRUITER", 20, 1],
      ["Mei Chen", "INSIDER", 17, 2],
      ["Noah Wright", "OTHER", 17, 2],
      ["Olivia Grant", "CONNECTOR", 10, 3],
      ["Pavel Novak", "INSIDER", 10, 3],
      ["Queenie Ito", "OTHER", 6, 4],
      ["Raj Mehta", "HIRING_MANAGER", 6, 4],
      ["Sofia Rossi", "CONNECTOR", 3, 5],
    ],
    talks: [
      [24, [0, 1], "jp"],
      [20, [2], "jp"],
      [20, [3], "jp"],
      [17, [4, 5], "jp"],
      [10, [6], "jp"],
      [10, [7], "jp"],
      [6, [8, 9], "jp"],
      [3, [10], "jp"],
    ],
    comment: "Amara, eleven new people this month, and Ines and Pavel work at companies on your list. Time for two coffees.",
    assignment: ["Ask Ines and Pavel for a 30-minute coffee", 5],
  },
  {
    // Doing well: varied venues, the search named, one-on-ones, an interview.
    name: "Leo Fischer",
    email: "leo@traction.dev",
    venues: [
      ["Supply Chain Forum", "PROFESSIONAL_ASSOCIATION"],
      ["Eastside Business Breakfast", "BUSINESS_NETWORKING_GROUP"],
      ["City Marathon volunteers", "VOLUNTEERING"],
    ],
    events: [
      [0, 24, 2],
      [1, 19, 1.5],
      [2, 15, 4, "FRONT_FACING"],
      [1, 12, 1.5],
      [0, 8, 2],
      [1, 5, 1.5],
    ],
    contacts: [
      ["Tara Singh", "INSIDER", 24, 0],
      ["Uwe Braun", "HIRING_MANAGER", 19, 1],
      ["Vera Lopez", "CONNECTOR", 15, 2],
      ["Will Adams", "INSIDER", 12, 3],
      ["Xenia Petrova", "RECRUITER", 8, 4],
      ["Yusuf Kaya", "OTHER", 5, 5],
    ],
    talks: [
      [24, [0], "jp"],
      [19, [1], "jp"],
      [15, [2], "jp"],
      [12, [3], "jp"],
      [10, [0], "jp", "ONE_ON_ONE"],
      [8, [4], "jp"],
      [5, [5], "jp"],
    ],
    meetings: [
      [0, "DONE", 10],
      [3, "DONE", 6],
      [1, "SCHEDULED", -2],
    ],
    tasks: [["Send Tara the logistics case study", 9, true]],
    leads: [["Logistics analyst at Northwind", ["REFERRAL", "APPLIED", "INTERVIEW"], 9]],
  },
  {
    // Gone quiet: busy a month and a half ago, nothing since, a follow-up left hanging.
    name: "Nora Quinn",
    email: "nora@traction.dev",
    venues: [
      ["Women in Data", "PROFESSIONAL_ASSOCIATION"],
      ["Startup Grind", "MEETUP"],
    ],
    // A busy start inside the last four weeks, then three weeks of silence: enough to judge, and stalled.
    events: [
      [0, 27, 2],
      [1, 26, 2],
      [0, 25, 2],
      [1, 23, 2],
    ],
    contacts: [
      ["Abby Ford", "INSIDER", 27, 0],
      ["Ben Ortiz", "CONNECTOR", 26, 1],
      ["Cleo Baptiste", "HIRING_MANAGER", 25, 2],
    ],
    talks: [
      [27, [0], "jp"],
      [26, [1], "jp"],
      [25, [2], "jp"],
      [23, [1], "j"],
    ],
    tasks: [["Send Cleo my portfolio", 20, false]],
  },
];

/** The Monday of `day`'s week, as `YYYY-MM-DD` (the subject of a WEEK comment). */
function mondayOf(day: Date): string {
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
}

export async function seedClient(tx: Prisma.TransactionClient, ownerId: string, story: ClientStory, cal: Calendar): Promise<void> {
  const venueIds: string[] = [];
  for (const [index, [name, kind]] of story.venues.entries()) {
    const createdAt = cal.at(56, 9 + index);
    venueIds.push((await tx.venue.create({ data: { ownerId, name, kind, createdAt, updatedAt: createdAt } })).id);
  }
  const eventIds: string[] = [];
  for (const [index, [venue, daysAgo, hours, visibility]] of story.events.entries()) {
    const createdAt = cal.at(daysAgo, 20 + index / 60);
    const data = {
      ownerId,
      venueId: venueIds[venue]!,
      date: cal.day(daysAgo),
      hours,
      visibility: visibility ?? null,
      createdAt,
      updatedAt: createdAt,
    };
    eventIds.push((await tx.event.create({ data })).id);
  }
  const contactIds: string[] = [];
  for (const [index, [name, relationship, daysAgo, event]] of story.contacts.entries()) {
    const createdAt = cal.at(daysAgo, 21 + index / 60);
    const metAtEventId = event === undefined ? null : eventIds[event]!;
    contactIds.push(
      (await tx.contact.create({ data: { ownerId, name, relationship, metAtEventId, createdAt, updatedAt: createdAt } })).id,
    );
  }
  for (const [index, [contact, status, daysAgo]] of (story.meetings ?? []).entries()) {
    const createdAt = cal.at(Math.max(daysAgo, 0) + 3, 10 + index / 60);
    await tx.meeting.create({
      data: {
        ownerId,
        contactId: contactIds[contact]!,
        status,
        scheduledAt: cal.at(daysAgo, 15),
        createdAt,
        updatedAt: createdAt,
      },
    });
  }
  for (const [index, [daysAgo, contacts, flags, channel]] of story.talks.entries()) {
    const createdAt = cal.at(daysAgo, 22 + index / 60);
    await tx.conversation.create({
      data: {
        ownerId,
        date: cal.day(daysAgo),
        channel: channel ?? "AT_EVENT",
        smallTalkOnly: flags.includes("s"),
        mentionedJobSearch: flags.includes("j"),
        explainedWhatIDo: flags.includes("p"),
        createdAt,
        updatedAt: createdAt,
        contacts: { create: contacts.map((contactIndex, position) => ({ contactId: contactIds[contactIndex]!, position })) },
      },
    });
  }
  for (const [index, [title, dueDaysAgo, done]] of (story.tasks ?? []).entries()) {
    const createdAt = cal.at(dueDaysAgo + 4, 9 + index / 60);
    const doneAt = done ? cal.at(dueDaysAgo, 17) : null;
    await tx.task.create({
      data: { ownerId, title, dueOn: cal.day(dueDaysAgo), done, doneAt, createdAt, updatedAt: doneAt ?? createdAt },
    });
  }
  for (const [title, stages, daysAgo] of story.leads ?? []) {
    const createdAt = cal.at(daysAgo + 6, 11);
    const lead = await tx.lead.create({
      data: { ownerId, title, stage: stages.at(-1)!, createdAt, updatedAt: cal.at(daysAgo, 11) },
    });
    await tx.leadStageChange.createMany({
      data: stages.map((stage, step) => ({ leadId: lead.id, stage, changedAt: cal.at(daysAgo + 6 - 3 * step, 11) })),
    });
  }
}

const CASELOAD_TIMEOUT_MS = 60_000;

/**
 * Creates the five clients (with `passwordHash`, the demo password's), their
 * records, and an ACTIVE link from the coach to each of them and to the demo
 * jobseeker; the coach's comments and assignment. Returns the clients' ids.
 */
export async function seedCaseload(
  db: Database,
  { coachId, jobseekerId, passwordHash }: { coachId: string; jobseekerId: string; passwordHash: string },
  now: Date = new Date(),
): Promise<string[]> {
  const cal = calendar(now);
  const thisWeek = mondayOf(cal.day(0));
  return db.$transaction(
    async (tx) => {
      const clientIds: string[] = [];
      for (const story of CASELOAD) {
        const client = await tx.user.create({
          data: { email: story.email, name: story.name, role: "JOBSEEKER", passwordHash, createdAt: cal.at(60, 8) },
        });
        await seedClient(tx, client.id, story, cal);
        clientIds.push(client.id);
      }
      await tx.coachLink.createMany({
        data: [jobseekerId, ...clientIds].map((clientId, index) => ({ coachId, clientId, createdAt: cal.at(30 - index, 9) })),
      });
      for (const [index, story] of CASELOAD.entries()) {
        if (story.comment) {
          await tx.comment.create({
            data: {
              clientId: clientIds[index]!,
              authorId: coachId,
              subjectType: "WEEK",
              subjectId: thisWeek,
              body: story.comment,
            },
          });
        }
        if (story.assignment) {
          const [title, dueInDays] = story.assignment;
          await tx.task.create({
            data: { ownerId: clientIds[index]!, title, dueOn: cal.day(-dueInDays), assignedById: coachId },
          });
        }
      }
      await tx.comment.create({
        data: {
          clientId: jobseekerId,
          authorId: coachId,
          subjectType: "WEEK",
          subjectId: thisWeek,
          body: "Dana, the move to the breakfast and the gala committee is paying off: an interview through Maria. One follow-up is overdue though.",
        },
      });
      return clientIds;
    },
    { timeout: CASELOAD_TIMEOUT_MS },
  );
}
