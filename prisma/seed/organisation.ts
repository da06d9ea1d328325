/**
 * The demo organisation: Northside Career Centre, run by the demo coach (its
 * admin) with a second coach, Priya; two cohorts of six clients each (so that
 * their benchmarks are not suppressed). Autumn holds the demo jobseeker and the
 * demo coach's caseload (linked by their own codes); Winter holds six newer
 * clients, three of them assigned to Priya by the organisation, three waiting
 * for a coach. Both cohorts have ten weeks of health history
 * (./health-history.ts). Written in one transaction; deterministic for a given day.
 */
import type { Database } from "@traction/db";
import { seedClient, type ClientStory } from "./caseload.ts";
import { seedHealthHistory } from "./health-history.ts";
import { calendar } from "./story/calendar.ts";

export const DEMO_ORG = {
  name: "Northside Career Centre",
  secondCoach: { name: "Priya Raman", email: "priya.coach@traction.dev" },
  cohorts: [
    { name: "Autumn 2026", joinCode: "NSCC-FA11-2026", startsOn: 70 },
    { name: "Winter 2026", joinCode: "NSCC-W1NT-2026", startsOn: 35 },
  ],
} as const;

const WINTER_NAMES = ["Omar Haddad", "Lena Fischer", "Tomas Ruiz", "Grace Kim", "Ivan Petrov", "Nia Brown"];

/** Six clients who network more or less: client k goes to 2 + k events and meets 1 + k people. */
export const WINTER: ClientStory[] = WINTER_NAMES.map((name, k) => ({
  name,
  email: `${name.split(" ")[0]!.toLowerCase()}@traction.dev`,
  venues: [
    ["Chamber Breakfast", "BUSINESS_NETWORKING_GROUP"],
    ["Product Meetup", "MEETUP"],
  ],
  events: Array.from({ length: 2 + k }, (_, index): [number, number, number] => [index % 2, 2 + index * 4, 1 + (k % 3)]),
  contacts: Array.from(
    { length: 1 + k },
    (_, index) =>
      [`${name.split(" ")[0]}'s contact ${index + 1}`, "INSIDER", 2 + index * 4, 0] as [string, "INSIDER", number, number],
  ),
  talks: Array.from(
    { length: 1 + k },
    (_, index) => [2 + index * 4, [index], index % 2 === 0 ? "jp" : "s"] as [number, number[], "jp" | "s"],
  ),
}));

export async function seedOrganisation(
  db: Database,
  { adminId, autumnClientIds, passwordHash }: { adminId: string; autumnClientIds: string[]; passwordHash: string },
  now: Date = new Date(),
): Promise<void> {
  const cal = calendar(now);
  await db.$transaction(
    async (tx) => {
      const priya = await tx.user.create({
        data: { ...DEMO_ORG.secondCoach, role: "COACH", passwordHash, createdAt: cal.at(80, 8) },
      });
      const org = await tx.organisation.create({
        data: {
          name: DEMO_ORG.name,
          createdAt: cal.at(80, 9),
          members: {
            create: [
              { userId: adminId, role: "ADMIN", createdAt: cal.at(80, 9) },
              { userId: priya.id, role: "COACH", createdAt: cal.at(79, 9) },
            ],
          },
        },
      });
      const [autumn, winter] = await Promise.all(
        DEMO_ORG.cohorts.map((cohort) =>
          tx.cohort.create({
            data: { orgId: org.id, name: cohort.name, joinCode: cohort.joinCode, startsOn: cal.day(cohort.startsOn) },
          }),
        ),
      );
      const winterIds: string[] = [];
      for (const story of WINTER) {
        const client = await tx.user.create({
          data: { email: story.email, name: story.name, role: "JOBSEEKER", passwordHash, createdAt: cal.at(40, 8) },
        });
        await seedClient(tx, client.id, story, cal);
        winterIds.push(client.id);
      }
      await tx.enrolment.createMany({
        data: [
          ...autumnClientIds.map((jobseekerId) => ({
            orgId: org.id,
            cohortId: autumn!.id,
            jobseekerId,
            createdAt: cal.at(60, 10),
          })),
          ...winterIds.map((jobseekerId) => ({ orgId: org.id, cohortId: winter!.id, jobseekerId, createdAt: cal.at(30, 10) })),
        ],
      });
      await tx.coachLink.createMany({
        data: winterIds
          .slice(0, 3)
          .map((clientId) => ({ coachId: priya.id, clientId, orgId: org.id, createdAt: cal.at(28, 10) })),
      });
      await seedHealthHistory(tx, { autumnClientIds, winterClientIds: winterIds }, cal);
    },
    { timeout: 60_000 },
  );
}
