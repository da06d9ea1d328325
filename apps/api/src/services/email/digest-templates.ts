/** Monday's digest (a jobseeker's week, a coach's roster) and the daily reminders. */
import type { TFinding, TInsights } from "@traction/schemas";
import { render, type RenderedEmail } from "./templates.ts";

const LIST_MAX = 10;

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
/** "Wed 2 Dec" for a calendar day (a Date at UTC midnight). */
export const shortDay = (day: Date) => DAY_FORMAT.format(day);

/** At most LIST_MAX items, then "and N more". */
function capped(items: string[], total = items.length): string[] {
  const shown = items.slice(0, LIST_MAX);
  return total > shown.length ? [...shown, `and ${total - shown.length} more`] : shown;
}

const unsubscribeFooter = (why: string, url: string) => [why, `Stop these emails (one click, no sign-in): ${url}`];

export interface FollowUpDue {
  title: string;
  dueOn: Date;
}

export function jobseekerDigestEmail(input: {
  name: string;
  weekStart: Date;
  insights: TInsights;
  topFinding: TFinding | null;
  followUps: FollowUpDue[];
  followUpsTotal: number;
  reviewUrl: string;
  unsubscribeUrl: string;
}): RenderedEmail {
  const { targets, healthScore } = input.insights;
  const rows = [
    { label: "Events", ...targets.events, unit: "" },
    { label: "New contacts", ...targets.newContacts, unit: "" },
    { label: "One-on-ones", ...targets.oneOnOnes, unit: "" },
    { label: "Conversations mentioning your search", ...targets.conversationsMentioningSearchPct, unit: "%" },
  ];
  const met = rows.filter((row) => row.actual >= row.target).length;
  const weekEnd = new Date(input.weekStart.getTime() + 6 * 86_400_000);
  return render({
    subject: `Your week of ${shortDay(input.weekStart)}: ${met} of ${rows.length} targets met`,
    greeting: `Hello ${input.name},`,
    paragraphs: [
      {
        text: `Last week (${shortDay(input.weekStart)} – ${shortDay(weekEnd)}) against your targets:`,
        items: rows.map((row) => `${row.label}: ${row.actual}${row.unit} of ${row.target}${row.unit}`),
      },
      ...(healthScore === null ? [] : [{ text: `Health score over the four weeks to Sunday: ${healthScore}.` }]),
      input.topFinding
        ? { text: `Top finding: ${input.topFinding.message}`, items: [`What to do: ${input.topFinding.recommendation}`] }
        : { text: "No findings last week: keep going." },
      input.followUpsTotal > 0
        ? {
            text: `Follow-ups due this week (${input.followUpsTotal}):`,
            items: capped(
              input.followUps.map((task) => `${task.title} (due ${shortDay(task.dueOn)})`),
              input.followUpsTotal,
            ),
          }
        : { text: "No follow-ups due this week." },
      { text: "Ten minutes on last week's review tells you what to change this week." },
    ],
    action: { label: "Write last week's review", url: input.reviewUrl },
    footer: unsubscribeFooter("You get this digest on Monday mornings.", input.unsubscribeUrl),
  });
}

export interface RosterChanges {
  fell: Array<{ name: string; before: number; now: number }>;
  quiet: Array<{ name: string; lastActivityOn: Date | null }>;
  skippedReview: string[];
  clients: number;
}

export function coachDigestEmail(input: {
  name: string;
  weekStart: Date;
  changes: RosterChanges;
  rosterUrl: string;
  unsubscribeUrl: string;
}): RenderedEmail {
  const { fell, quiet, skippedReview, clients } = input.changes;
  const section = (title: string, items: string[], none: string) =>
    items.length > 0 ? { text: `${title} (${items.length}):`, items: capped(items) } : { text: none };
  return render({
    subject: `Your roster: ${fell.length} fell, ${quiet.length} quiet, ${skippedReview.length} skipped their review`,
    greeting: `Hello ${input.name},`,
    paragraphs: [
      { text: `Your ${clients} client${clients === 1 ? "" : "s"} last week (from ${shortDay(input.weekStart)}):` },
      section(
        "Who fell (health score down 10 points or more on the week before)",
        fell.map((client) => `${client.name}: ${client.before} → ${client.now}`),
        "Nobody's health score fell.",
      ),
      section(
        "Who is quiet (nothing logged last week)",
        quiet.map(
          (client) =>
            `${client.name} (${client.lastActivityOn ? `last active ${shortDay(client.lastActivityOn)}` : "nothing logged yet"})`,
        ),
        "Nobody was quiet.",
      ),
      section("Who skipped last week's review", skippedReview, "Everybody reviewed last week."),
    ],
    action: { label: "Open your roster", url: input.rosterUrl },
    footer: unsubscribeFooter("You get this digest on Monday mornings.", input.unsubscribeUrl),
  });
}

export interface MeetingTomorrow {
  contactName: string;
  at: string;
  location: string | null;
}

export function remindersEmail(input: {
  name: string;
  day: Date;
  due: FollowUpDue[];
  dueTotal: number;
  meetings: MeetingTomorrow[];
  tasksUrl: string;
  unsubscribeUrl: string;
}): RenderedEmail {
  const parts = [
    input.dueTotal > 0 ? `${input.dueTotal} follow-up${input.dueTotal === 1 ? "" : "s"} due today` : null,
    input.meetings.length > 0 ? `${input.meetings.length} one-on-one${input.meetings.length === 1 ? "" : "s"} tomorrow` : null,
  ].filter((part): part is string => part !== null);
  return render({
    subject: `Today: ${parts.join(", ")}`,
    greeting: `Hello ${input.name},`,
    paragraphs: [
      ...(input.dueTotal > 0
        ? [
            {
              text: `Due today (${shortDay(input.day)}):`,
              items: capped(
                input.due.map((task) => task.title),
                input.dueTotal,
              ),
            },
          ]
        : []),
      ...(input.meetings.length > 0
        ? [
            {
              text: "One-on-ones tomorrow:",
              items: capped(
                input.meetings.map(
                  (meeting) => `${meeting.at} with ${meeting.contactName}${meeting.location ? `, ${meeting.location}` : ""}`,
                ),
              ),
            },
          ]
        : []),
    ],
    action: { label: "Open your tasks", url: input.tasksUrl },
    footer: unsubscribeFooter("You get a reminder on mornings when something is due.", input.unsubscribeUrl),
  });
}
