/**
 * What Dana talks about. Weeks 1–4: the weather, films and job-board gripes,
 * with the same three peers. From week 4: new people, the search mentioned,
 * target companies named, her pitch explained — and follow-ups, one of which
 * is now overdue.
 */
import type { Channel, Prisma } from "@traction/db";
import { idOf, type Calendar, type Ids } from "./calendar.ts";

interface Talk {
  daysAgo: number;
  with: string[];
  at?: string;
  meeting?: string;
  channel: Channel;
  /** s: small talk only · j: mentioned the job search · p: explained what I do */
  flags: "" | "s" | "j" | "jp" | "p";
  mentions?: string[];
  notes: string;
  followUp?: { action: string; dueDaysAgo: number; doneDaysAgo?: number };
}

const TALKS: Talk[] = [
  { daysAgo: 55, with: ["tom", "linda"], at: "circle1", channel: "AT_EVENT", flags: "s", notes: "The rain, the playoffs." },
  {
    daysAgo: 52,
    with: ["greg", "tom"],
    at: "jobClub1",
    channel: "AT_EVENT",
    flags: "s",
    notes: "Complained about applicant tracking systems.",
  },
  { daysAgo: 48, with: ["tom", "linda"], at: "circle2", channel: "AT_EVENT", flags: "s", notes: "Films we had seen." },
  { daysAgo: 45, with: ["greg"], at: "jobClub2", channel: "AT_EVENT", flags: "s", notes: "The weather again." },
  { daysAgo: 43, with: ["sam"], channel: "PHONE", flags: "s", notes: "Family barbecue plans." },
  { daysAgo: 41, with: ["linda", "tom"], at: "circle3", channel: "AT_EVENT", flags: "s", notes: "Same table, same chat." },
  { daysAgo: 39, with: ["janet"], at: "sorting1", channel: "AT_EVENT", flags: "s", notes: "How many cans fit on a pallet." },
  {
    daysAgo: 38,
    with: ["greg", "tom"],
    at: "jobClub3",
    channel: "AT_EVENT",
    flags: "s",
    notes: "Movies; nobody asked what anyone does.",
  },
  {
    daysAgo: 34,
    with: ["tom"],
    at: "circle4",
    channel: "AT_EVENT",
    flags: "j",
    notes: "Told Tom I am trying a business breakfast.",
  },
  {
    daysAgo: 33,
    with: ["ray"],
    at: "breakfast1",
    channel: "AT_EVENT",
    flags: "jp",
    mentions: ["northwind", "contoso"],
    notes: "Ray services the offices of Northwind and Contoso and knows their office managers.",
    followUp: { action: "Ask Ray for an introduction to Northwind's office manager", dueDaysAgo: 30, doneDaysAgo: 30 },
  },
  {
    daysAgo: 33,
    with: ["nina"],
    at: "breakfast1",
    channel: "AT_EVENT",
    flags: "jp",
    notes: "Explained ops analytics in plain words; she got it.",
  },
  {
    daysAgo: 32,
    with: ["janet"],
    at: "sorting2",
    channel: "AT_EVENT",
    flags: "j",
    notes: "Asked to move from the back room to the gala committee.",
  },
  { daysAgo: 29, with: ["sam"], channel: "PHONE", flags: "j", mentions: ["tailspin"], notes: "His neighbour works at Tailspin." },
  {
    daysAgo: 27,
    with: ["kevin"],
    at: "scpa1",
    channel: "AT_EVENT",
    flags: "jp",
    mentions: ["contoso"],
    notes: "Contoso is building a network-planning team.",
    followUp: { action: "Send Kevin the route re-planning case study", dueDaysAgo: 24, doneDaysAgo: 25 },
  },
  {
    daysAgo: 26,
    with: ["maria", "ray"],
    at: "breakfast2",
    channel: "AT_EVENT",
    flags: "jp",
    mentions: ["northwind"],
    notes: "Maria said Northwind's ops team is drowning in spreadsheets.",
  },
  {
    daysAgo: 24,
    with: ["helen"],
    at: "committee1",
    channel: "AT_EVENT",
    flags: "jp",
    mentions: ["fabrikam"],
    notes: "Volunteered to plan the gala's logistics; Helen runs operations at Fabrikam.",
  },
  {
    daysAgo: 22,
    with: ["maria"],
    meeting: "mariaCoffee",
    channel: "ONE_ON_ONE",
    flags: "jp",
    mentions: ["northwind"],
    notes: "The opening, the ops director, and what the team needs.",
    followUp: { action: "Send Maria my CV tailored to the ops analyst role", dueDaysAgo: 21, doneDaysAgo: 21 },
  },
  {
    daysAgo: 19,
    with: ["ray", "nina"],
    at: "breakfast3",
    channel: "AT_EVENT",
    flags: "j",
    mentions: ["northwind"],
    notes: "Thanked Ray: the intro worked.",
  },
  {
    daysAgo: 17,
    with: ["helen"],
    at: "committee2",
    channel: "AT_EVENT",
    flags: "p",
    notes: "Presented the gala logistics plan to the board.",
  },
  {
    daysAgo: 16,
    with: ["priya"],
    at: "meetup1",
    channel: "AT_EVENT",
    flags: "jp",
    mentions: ["contoso", "northwind"],
    notes: "She places supply-chain analysts.",
  },
  {
    daysAgo: 15,
    with: ["kevin"],
    meeting: "kevinCall",
    channel: "ONE_ON_ONE",
    flags: "jp",
    mentions: ["contoso"],
    notes: "Two hires planned.",
  },
  {
    daysAgo: 13,
    with: ["linda", "tom", "greg"],
    at: "circle5",
    channel: "AT_EVENT",
    flags: "j",
    notes: "Shared what changed since I branched out.",
  },
  {
    daysAgo: 12,
    with: ["denise"],
    channel: "PHONE",
    flags: "jp",
    mentions: ["contoso"],
    notes: "Ray's intro. She keeps the COO's calendar and knows the planning budget.",
    followUp: { action: "Send Denise a thank-you note and my one-page summary", dueDaysAgo: 5 },
  },
  {
    daysAgo: 10,
    with: ["marcus", "helen"],
    at: "gala",
    channel: "AT_EVENT",
    flags: "jp",
    mentions: ["tailspin"],
    notes: "Marcus: the new DC needs an inventory planner.",
  },
  {
    daysAgo: 8,
    with: ["helen"],
    meeting: "helenLunch",
    channel: "ONE_ON_ONE",
    flags: "jp",
    mentions: ["fabrikam", "tailspin"],
    notes: "Freeze at Fabrikam.",
  },
  {
    daysAgo: 5,
    with: ["ray", "nina"],
    at: "breakfast5",
    channel: "AT_EVENT",
    flags: "j",
    mentions: ["contoso"],
    notes: "Update on Northwind interviews.",
  },
  {
    daysAgo: 3,
    with: ["helen"],
    at: "committee3",
    channel: "AT_EVENT",
    flags: "j",
    mentions: ["tailspin"],
    notes: "She will introduce me to Tailspin's ops lead.",
  },
  {
    daysAgo: 2,
    with: ["kevin"],
    channel: "EMAIL",
    flags: "j",
    mentions: ["contoso"],
    notes: "Asked when the planning roles will be posted.",
  },
];

export async function seedTalks(tx: Prisma.TransactionClient, ownerId: string, cal: Calendar, refs: Ids): Promise<void> {
  for (const [index, talk] of TALKS.entries()) {
    const createdAt = cal.at(talk.daysAgo, 22.5 + index / 60);
    const contactIds = talk.with.map((key) => idOf(refs, key));
    const task = talk.followUp
      ? await tx.task.create({
          data: {
            ownerId,
            title: talk.followUp.action,
            dueOn: cal.day(talk.followUp.dueDaysAgo),
            contactId: contactIds[0]!,
            done: talk.followUp.doneDaysAgo !== undefined,
            doneAt: talk.followUp.doneDaysAgo !== undefined ? cal.at(talk.followUp.doneDaysAgo, 17) : null,
            createdAt,
            updatedAt: createdAt,
          },
        })
      : null;
    await tx.conversation.create({
      data: {
        ownerId,
        date: cal.day(talk.daysAgo),
        eventId: talk.at ? idOf(refs, talk.at) : null,
        meetingId: talk.meeting ? idOf(refs, talk.meeting) : null,
        channel: talk.channel,
        smallTalkOnly: talk.flags === "s",
        mentionedJobSearch: talk.flags.includes("j"),
        explainedWhatIDo: talk.flags.includes("p"),
        notes: talk.notes,
        followUpTaskId: task?.id ?? null,
        createdAt,
        updatedAt: createdAt,
        contacts: { create: contactIds.map((contactId, position) => ({ contactId, position })) },
        mentionedCompanies: { create: (talk.mentions ?? []).map((key) => ({ companyId: idOf(refs, key) })) },
      },
    });
  }
}
