/**
 * The demo organisation's health history: ten weeks of weekly health
 * snapshots for its twelve clients, so that the cohorts' health charts show
 * something from the first start. The demo's records do not reach back ten
 * weeks (most stories span four to eight), so these weeks are written here as
 * demo data, following each story: Rosa sinks into support groups, Leo climbs,
 * Nora goes quiet; the Winter cohort improves once it starts, two of its
 * clients without a score in the first weeks. The health history job
 * (apps/api services/orgs/health-history.ts) leaves weeks that exist alone and
 * computes the older ones from the records. Deterministic for a given day.
 */
import type { Prisma } from "@traction/db";
import { healthStatusOf } from "@traction/schemas";
import type { Calendar } from "./story/calendar.ts";

export const HISTORY_WEEKS = 10;

/** Each client's score in the oldest and the newest week (null weeks: not enough data yet), by seed order. */
const AUTUMN_TRENDS: Array<[from: number, to: number]> = [
  [48, 74], // Dana, the demo jobseeker: finding her feet
  [58, 28], // Rosa: deeper into support groups
  [62, 47], // Ken: in a rut
  [44, 60], // Amara: meets people, no one-on-ones yet
  [40, 88], // Leo: doing well
  [82, 22], // Nora: gone quiet
];
const WINTER_TRENDS: Array<[from: number, to: number, unscoredWeeks: number]> = [
  [35, 58, 0],
  [38, 66, 0],
  [42, 70, 0],
  [45, 78, 0],
  [40, 81, 2],
  [44, 90, 2],
];

/** The last `HISTORY_WEEKS` Mondays (UTC) whose weeks have ended, oldest first. */
function pastMondays(cal: Calendar): Date[] {
  const today = cal.day(0);
  const thisMonday = cal.day((today.getUTCDay() + 6) % 7);
  return Array.from(
    { length: HISTORY_WEEKS },
    (_, index) => new Date(thisMonday.getTime() - (HISTORY_WEEKS - index) * 7 * 86_400_000),
  );
}

function scoreIn(week: number, [from, to]: [number, number], client: number): number {
  const trend = from + ((to - from) * week) / (HISTORY_WEEKS - 1);
  const wobble = ((client * 5 + week * 3) % 7) - 3;
  return Math.max(0, Math.min(100, Math.round(trend + wobble)));
}

export async function seedHealthHistory(
  tx: Prisma.TransactionClient,
  { autumnClientIds, winterClientIds }: { autumnClientIds: string[]; winterClientIds: string[] },
  cal: Calendar,
): Promise<void> {
  const mondays = pastMondays(cal);
  const clients = [
    ...autumnClientIds.map((clientId, index) => ({ clientId, trend: AUTUMN_TRENDS[index % AUTUMN_TRENDS.length]!, unscored: 0 })),
    ...winterClientIds.map((clientId, index) => {
      const [from, to, unscored] = WINTER_TRENDS[index % WINTER_TRENDS.length]!;
      return { clientId, trend: [from, to] as [number, number], unscored };
    }),
  ];
  await tx.healthSnapshot.createMany({
    data: clients.flatMap(({ clientId, trend, unscored }, client) =>
      mondays.map((weekStart, week) => {
        const healthScore = week < unscored ? null : scoreIn(week, trend, client);
        return { clientId, weekStart, healthScore, status: healthStatusOf(healthScore), flags: [], timeZone: "UTC" };
      }),
    ),
  });
}
