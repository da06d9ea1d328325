/**
 * Monday's digest, for every user for whom it is Monday at or after the send
 * hour in their own time zone and who has not had this week's: time zone by
 * time zone, in batches (each one transaction that claims its users, computes
 * their content set-based and queues their emails; see claim-scheduled.ts).
 *
 * A jobseeker's numbers are their insights for last week (Monday to Sunday),
 * from the insights service's own `forQuery`, so they equal
 * `GET /insights?from=…&to=…` for that week. A coach's digest says who on the
 * roster fell (health score down 10+ points on the week before), who was quiet
 * and who skipped last week's review.
 */
import type { Database, Prisma } from "@traction/db";
import type { TFinding } from "@traction/schemas";
import { unsubscribeHeaders, unsubscribeUrl } from "../../../lib/unsubscribe-token.ts";
import { addDays } from "../../insights/period.ts";
import { uncachedInsights } from "../../insights/uncached-insights.ts";
import { coachDigestEmail, jobseekerDigestEmail, type FollowUpDue, type RosterChanges } from "../digest-templates.ts";
import type { OutgoingEmail } from "../enqueue-email.ts";
import { lastWeekStartIn } from "../../coaching/roster-links.ts";
import { claimUsers, enqueueScheduled } from "./claim-scheduled.ts";
import { candidates, FIRST_ID, userZones, type Recipient } from "./candidates.ts";
import { localClocks, type LocalClock } from "./local-clock.ts";
import { DEFAULT_BATCH_SIZE, TRANSACTION, type ScheduleOptions } from "./schedule-options.ts";

const FELL_POINTS = 10;
const FOLLOW_UPS_LISTED = 10;
const SEVERITY_ORDER = { ALERT: 0, WARN: 1 } as const;

type Email = OutgoingEmail & { userId: string };

export async function sendWeeklyDigests(db: Database, options: ScheduleOptions): Promise<number> {
  const limit = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let queued = 0;
  const mondays = localClocks(await userZones(db), options.now).filter(
    (clock) => clock.weekday === 1 && clock.hour >= options.hour,
  );
  for (const clock of mondays) {
    for (let after = FIRST_ID; ;) {
      const batch = await candidates(db, { kind: "WEEKLY_DIGEST", zone: clock.zone, day: clock.day, after, limit });
      if (batch.length === 0) break;
      after = batch.at(-1)!.id;
      queued += await db.$transaction(async (tx) => {
        const claimed = await claimUsers(
          tx,
          "WEEKLY_DIGEST",
          clock.day,
          batch.map((user) => user.id),
        );
        const users = batch.filter((user) => claimed.has(user.id));
        const emails = [
          ...(await jobseekerDigests(
            tx,
            users.filter((user) => user.role === "JOBSEEKER"),
            clock,
            options,
          )),
          ...(await coachDigests(
            tx,
            users.filter((user) => user.role === "COACH"),
            clock,
            options,
          )),
        ];
        return enqueueScheduled(tx, "WEEKLY_DIGEST", clock.day, emails);
      }, TRANSACTION);
    }
  }
  return queued;
}

const digestHeaders = (options: ScheduleOptions, userId: string) =>
  unsubscribeHeaders(options.secret, options.publicUrl, userId, "weeklyDigest");

/** The most severe finding of the week (ALERT before WARN, then in the insights' order). */
export function topFinding(tips: ReadonlyArray<{ findings: TFinding[] }>): TFinding | null {
  const findings = tips.flatMap((tip) => tip.findings);
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])[0] ?? null;
}

async function followUpsDue(tx: Prisma.TransactionClient, ownerIds: string[], until: Date) {
  const rows = await tx.$queryRaw<Array<{ owner_id: string; title: string; due_on: Date; total: number }>>`
    SELECT owner_id, title, due_on, total FROM (
      SELECT t."ownerId"::text AS owner_id, t.title, t."dueOn" AS due_on,
             row_number() OVER (PARTITION BY t."ownerId" ORDER BY t."dueOn", t.id) AS n,
             count(*) OVER (PARTITION BY t."ownerId")::int AS total
      FROM "Task" t
      WHERE t."ownerId" = ANY(${ownerIds}::uuid[]) AND NOT t.done AND t."dueOn" <= ${until}::date
    ) due WHERE n <= ${FOLLOW_UPS_LISTED}`;
  const byOwner = new Map<string, { tasks: FollowUpDue[]; total: number }>();
  for (const row of rows) {
    const entry = byOwner.get(row.owner_id) ?? { tasks: [], total: row.total };
    entry.tasks.push({ title: row.title, dueOn: row.due_on });
    byOwner.set(row.owner_id, entry);
  }
  return byOwner;
}

async function jobseekerDigests(
  tx: Prisma.TransactionClient,
  users: Recipient[],
  clock: LocalClock,
  options: ScheduleOptions,
): Promise<Email[]> {
  if (users.length === 0) return [];
  const ids = users.map((user) => user.id);
  const lastWeek = addDays(clock.day, -7);
  const [insights, followUps] = await Promise.all([
    uncachedInsights(tx).forQuery(ids, { from: lastWeek, to: addDays(clock.day, -1) }, options.now),
    followUpsDue(tx, ids, addDays(clock.day, 6)),
  ]);
  return users.map((user) => {
    const week = insights.get(user.id)!;
    const due = followUps.get(user.id);
    return {
      userId: user.id,
      kind: "WEEKLY_DIGEST",
      to: user.email,
      headers: digestHeaders(options, user.id),
      rendered: jobseekerDigestEmail({
        name: user.name,
        weekStart: lastWeek,
        insights: week,
        topFinding: topFinding(week.tips),
        followUps: due?.tasks ?? [],
        followUpsTotal: due?.total ?? 0,
        reviewUrl: `${options.publicUrl}/reviews/new?week=${lastWeek.toISOString().slice(0, 10)}`,
        unsubscribeUrl: unsubscribeUrl(options.secret, options.publicUrl, user.id, "weeklyDigest"),
      }),
    };
  });
}

interface RosterRow {
  coach_id: string;
  client_id: string;
  name: string;
  timezone: string;
  review_weeks: Date[] | null;
}

async function coachDigests(
  tx: Prisma.TransactionClient,
  coaches: Recipient[],
  clock: LocalClock,
  options: ScheduleOptions,
): Promise<Email[]> {
  if (coaches.length === 0) return [];
  const recentFrom = addDays(clock.day, -15);
  const rows = await tx.$queryRaw<RosterRow[]>`
    SELECT l."coachId"::text AS coach_id, u.id::text AS client_id, u.name, u.timezone,
           (SELECT array_agg(r."weekStart") FROM "Review" r
            WHERE r."ownerId" = u.id AND r."weekStart" >= ${recentFrom}::date) AS review_weeks
    FROM "CoachLink" l JOIN "User" u ON u.id = l."clientId"
    WHERE l."coachId" = ANY(${coaches.map((coach) => coach.id)}::uuid[]) AND l.status = 'ACTIVE'
    ORDER BY u.name, u.id`;
  const clientIds = [...new Set(rows.map((row) => row.client_id))];
  const lastSunday = addDays(clock.day, -1);
  const insights = uncachedInsights(tx);
  const [now, before] = await Promise.all([
    insights.forQuery(clientIds, { to: lastSunday }, options.now),
    insights.forQuery(clientIds, { to: addDays(lastSunday, -7) }, options.now),
  ]);
  const rosters = new Map<string, RosterChanges>(
    coaches.map((coach) => [coach.id, { fell: [], quiet: [], skippedReview: [], clients: 0 }]),
  );
  const lastWeek = addDays(clock.day, -7);
  for (const row of rows) {
    const roster = rosters.get(row.coach_id)!;
    const current = now.get(row.client_id)!;
    const previous = before.get(row.client_id)!;
    roster.clients += 1;
    if (
      current.healthScore !== null &&
      previous.healthScore !== null &&
      previous.healthScore - current.healthScore >= FELL_POINTS
    ) {
      roster.fell.push({ name: row.name, before: previous.healthScore, now: current.healthScore });
    }
    if (current.lastActivityOn === null || current.lastActivityOn < lastWeek) {
      roster.quiet.push({ name: row.name, lastActivityOn: current.lastActivityOn });
    }
    const reviewWeek = lastWeekStartIn(row.timezone, options.now).getTime();
    if (!(row.review_weeks ?? []).some((week) => week.getTime() === reviewWeek)) roster.skippedReview.push(row.name);
  }
  return coaches
    .filter((coach) => rosters.get(coach.id)!.clients > 0)
    .map((coach) => ({
      userId: coach.id,
      kind: "WEEKLY_DIGEST",
      to: coach.email,
      headers: digestHeaders(options, coach.id),
      rendered: coachDigestEmail({
        name: coach.name,
        weekStart: lastWeek,
        changes: rosters.get(coach.id)!,
        rosterUrl: `${options.publicUrl}/`,
        unsubscribeUrl: unsubscribeUrl(options.secret, options.publicUrl, coach.id, "weeklyDigest"),
      }),
    }));
}
