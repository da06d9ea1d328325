/**
 * The pure part of insights: aggregated metrics in, tips, findings, flags and
 * the health score out. No I/O, so every rule is unit-tested with fixtures.
 */
import {
  TIPS,
  type TFinding,
  type TFlag,
  type THealthEntry,
  type TTip,
  type TTipReport,
  type TTipStatus,
} from "@traction/schemas";
import type { InsightMetrics } from "./metrics.ts";
import { RULES } from "./rules.ts";
import { MIN_JUDGED_TIPS, MINIMUMS, type Minimums, THRESHOLDS, type Thresholds } from "./thresholds.ts";

export interface Diagnosis {
  healthScore: number | null;
  healthBreakdown: THealthEntry[];
  flags: TFlag[];
  tips: TTipReport[];
}

export const HEALTH_BASE = 100;

/** What the period holds of each tip's evidence, named as in MINIMUMS. */
export function evidenceOf(m: InsightMetrics): Record<TTip, Record<string, number>> {
  return {
    WHERE: { eventHours: m.totalHours },
    OPPORTUNITIES: { events: m.byKind.reduce((sum, kind) => sum + kind.events, 0) },
    CONVERSATIONS: { conversations: m.conversations },
    ONE_ON_ONES: { newContacts: m.newContacts },
  };
}

/** Whether the period holds each tip's minimum of evidence. */
function judgeable(m: InsightMetrics, minimums: Minimums): Record<TTip, boolean> {
  const have = evidenceOf(m);
  const enough = (tip: TTip) => Object.entries(minimums[tip]).every(([name, least]) => (have[tip][name] ?? 0) >= least);
  return {
    WHERE: enough("WHERE"),
    OPPORTUNITIES: enough("OPPORTUNITIES"),
    CONVERSATIONS: enough("CONVERSATIONS"),
    ONE_ON_ONES: enough("ONE_ON_ONES"),
  };
}

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);
const round2 = (value: number) => Math.round(value * 100) / 100;

function tipMetrics(m: InsightMetrics): Record<TTipReport["tip"], Record<string, number | null>> {
  return {
    WHERE: {
      totalHours: round2(m.totalHours),
      supportGroupHours: round2(m.supportGroupHours),
      supportGroupShare: share(m.supportGroupHours, m.totalHours),
      venueKindsInPlay: m.byKind.filter((kind) => kind.events > 0).length,
    },
    OPPORTUNITIES: {
      otherVenueKinds: m.byKind.filter((kind) => kind.events > 0 && kind.kind !== "JOBSEEKER_SUPPORT_GROUP").length,
      newVenuesTried: m.newVenueIds.length,
      events: m.byKind.reduce((sum, kind) => sum + kind.events, 0),
      volunteeringHours: round2(m.volunteeringHours),
      behindTheScenesShare: share(m.behindTheScenesHours, m.volunteeringHours),
      frontFacingHours: round2(m.frontFacingHours),
      withLeadershipHours: round2(m.withLeadershipHours),
      insidersAndConnectorsMet: m.insidersAndConnectorsMet,
      targetCompanies: m.targetCompanies,
      targetCompaniesWithInsider: m.targetCompaniesWithInsider,
    },
    CONVERSATIONS: {
      conversations: m.conversations,
      distinctPeople: m.distinctPeople,
      distinctPeoplePerConversation: share(m.distinctPeople, m.conversations),
      mentionedJobSearchShare: share(m.mentionedSearch, m.conversations),
      namedTargetCompanyShare: share(m.namedTargetCompany, m.conversations),
      smallTalkOnlyShare: share(m.smallTalkOnly, m.conversations),
      contactsNotHeardPitch90Days: m.pitchStaleContacts,
      postsPublished: m.postsPublished,
    },
    ONE_ON_ONES: {
      oneOnOnesDone: m.oneOnOnesDone,
      oneOnOnesScheduled: m.oneOnOnesScheduled,
      newContacts: m.newContacts,
      newContactToOneOnOneRate: share(m.newContactsWithOneOnOne, m.newContacts),
      overdueFollowUps: m.overdueFollowUps,
    },
  };
}

function statusOf(findings: TFinding[]): TTipStatus {
  if (findings.some((finding) => finding.severity === "ALERT")) return "ALERT";
  return findings.length > 0 ? "WARN" : "OK";
}

/**
 * The score and how it was reached: `BASE` 100, minus each finding's cost, and
 * a `FLOOR` entry giving back what the costs took below 0. `null` (and no
 * entries) until MIN_JUDGED_TIPS tips can be judged.
 */
function health(
  findings: TFinding[],
  judgedTips: number,
  thresholds: Thresholds,
): Pick<Diagnosis, "healthScore" | "healthBreakdown"> {
  if (judgedTips < MIN_JUDGED_TIPS) return { healthScore: null, healthBreakdown: [] };
  const breakdown: THealthEntry[] = [{ code: "BASE", points: HEALTH_BASE }];
  for (const finding of findings) breakdown.push({ code: finding.code, points: -thresholds.penalty[finding.severity] });
  const total = breakdown.reduce((sum, entry) => sum + entry.points, 0);
  if (total < 0) breakdown.push({ code: "FLOOR", points: -total });
  return { healthScore: Math.max(0, total), healthBreakdown: breakdown };
}

export function diagnose(metrics: InsightMetrics, thresholds: Thresholds = THRESHOLDS, minimums: Minimums = MINIMUMS): Diagnosis {
  const canJudge = judgeable(metrics, minimums);
  const findings = RULES.flatMap((rule) => {
    if (!canJudge[rule.tip]) return [];
    const finding = rule.evaluate(metrics, thresholds);
    return finding ? [{ tip: rule.tip, finding: { code: rule.flag, ...finding } }] : [];
  });
  const numbers = tipMetrics(metrics);
  const tips = TIPS.map((tip): TTipReport => {
    if (!canJudge[tip])
      return { tip, status: "NOT_ENOUGH_DATA", metrics: numbers[tip], findings: [], needs: { ...minimums[tip] } };
    const own = findings.filter((entry) => entry.tip === tip).map((entry) => entry.finding);
    return { tip, status: statusOf(own), metrics: numbers[tip], findings: own };
  });
  const judged = TIPS.filter((tip) => canJudge[tip]).length;
  return {
    ...health(
      findings.map(({ finding }) => finding),
      judged,
      thresholds,
    ),
    flags: findings.map(({ finding }) => finding.code),
    tips,
  };
}

/** The rules as readable text, for the OpenAPI description. */
export function describeRules(thresholds: Thresholds = THRESHOLDS): string {
  return RULES.map((rule) => `- \`${rule.flag}\` (${rule.tip}): ${rule.describe(thresholds)}`).join("\n");
}

/** Each tip's minimum of evidence as readable text, for the OpenAPI description. */
export function describeMinimums(minimums: Minimums = MINIMUMS): string {
  return TIPS.map(
    (tip) =>
      `- ${tip}: ${Object.entries(minimums[tip])
        .map(([name, least]) => `\`${name}\` ≥ ${least}`)
        .join(" and ")}`,
  ).join("\n");
}
