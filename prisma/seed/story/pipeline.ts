/**
 * Where it leads: job leads with their stage history (the Northwind role
 * reached interview), the to-do list, a first blog post, and the plan Dana
 * wrote when she decided to branch out.
 */
import type { LeadStage, Prisma } from "@traction/db";
import { idOf, type Calendar, type Ids } from "./calendar.ts";

interface Lead {
  title: string;
  company: string;
  source: string;
  url?: string;
  notes: string;
  /** Each stage with the day it was reached, oldest first; the last is the current stage. */
  stages: Array<[LeadStage, number]>;
}

const LEADS: Lead[] = [
  {
    title: "Operations Analyst",
    company: "northwind",
    source: "maria",
    url: "https://careers.northwind.example/ops-analyst",
    notes: "Maria handed my CV to the ops director before the posting went live.",
    stages: [
      ["REFERRAL", 21],
      ["APPLIED", 19],
      ["INTERVIEW", 9],
    ],
  },
  {
    title: "Network Planning Analyst",
    company: "contoso",
    source: "kevin",
    notes: "Not posted yet; Kevin expects two hires.",
    stages: [
      ["IDEA", 15],
      ["APPLIED", 11],
    ],
  },
  {
    title: "BI Analyst, Supply Chain",
    company: "fabrikam",
    source: "helen",
    url: "https://jobs.fabrikam.example/bi-analyst",
    notes: "Closed by the hiring freeze.",
    stages: [
      ["APPLIED", 23],
      ["LOST", 8],
    ],
  },
  {
    title: "Inventory Planner, new DC",
    company: "tailspin",
    source: "marcus",
    notes: "Opens with the new DC in spring.",
    stages: [["IDEA", 9]],
  },
];

/** Tasks that are not a conversation's follow-up: [title, contact, due (days ago), done (days ago) or null]. */
const TASKS: Array<[string, string | null, number | null, number | null]> = [
  ["Prepare three STAR stories for the Northwind interview", null, 10, 10],
  ["Thank the Northwind panel by email", "maria", 8, 9],
  ["Update LinkedIn headline to the new pitch", null, 20, 18],
  ["Confirm Thursday's coffee with Denise", "denise", -2, null],
  ["Draft a second post: planning a gala like a warehouse", null, -5, null],
];

const PITCH =
  "I'm an operations analyst who turns messy logistics data into decisions: at my last company I re-planned " +
  "delivery routes and cut late deliveries by 18%. I'm looking for operations or supply-chain analyst roles at " +
  "mid-size logistics and food-distribution companies such as Northwind, Contoso or Tailspin.";

export async function seedPipeline(tx: Prisma.TransactionClient, ownerId: string, cal: Calendar, refs: Ids): Promise<void> {
  for (const lead of LEADS) {
    const [first] = lead.stages;
    const [current, lastChange] = lead.stages.at(-1)!;
    await tx.lead.create({
      data: {
        ownerId,
        title: lead.title,
        stage: current,
        companyId: idOf(refs, lead.company),
        sourceContactId: idOf(refs, lead.source),
        url: lead.url ?? null,
        notes: lead.notes,
        createdAt: cal.at(first![1], 19),
        updatedAt: cal.at(lastChange, 19),
        stageChanges: { create: lead.stages.map(([stage, daysAgo]) => ({ stage, changedAt: cal.at(daysAgo, 19) })) },
      },
    });
  }
  for (const [title, contact, due, done] of TASKS) {
    const createdAt = cal.at(Math.max((due ?? 0) + 4, 1), 20);
    await tx.task.create({
      data: {
        ownerId,
        title,
        contactId: contact ? idOf(refs, contact) : null,
        dueOn: due === null ? null : cal.day(due),
        done: done !== null,
        doneAt: done === null ? null : cal.at(done, 16),
        createdAt,
        updatedAt: createdAt,
      },
    });
  }
  await tx.post.create({
    data: {
      ownerId,
      title: "What sorting 2,000 cans taught me about inventory flow",
      url: "https://dana-demo.example/blog/food-bank-inventory-flow",
      publishedOn: cal.day(18),
      createdAt: cal.at(18, 20),
      updatedAt: cal.at(18, 20),
    },
  });
  await tx.plan.create({
    data: {
      ownerId,
      pitch: PITCH,
      targetRoles: ["Operations analyst", "Supply-chain analyst", "Inventory planner"],
      // Her first, timid targets; the weekly review (review.ts) raises them.
      targetEvents: 2,
      targetNewContacts: 2,
      targetOneOnOnes: 0,
      targetConversationsMentioningSearchPct: 20,
      startsOn: cal.day(35),
      createdAt: cal.at(35, 20),
      updatedAt: cal.at(20, 20),
    },
  });
}
