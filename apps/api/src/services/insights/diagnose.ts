/**
 * The pure part of insights: aggregated metrics in, tips, findings, flags and
 * the health score out. No I/O, so every rule is unit-tested with fixtures.
 */
import { TIPS, type TFinding, type TFlag, type TTipReport, type TTipStatus } from "@traction/schemas";
import type { InsightMetrics } from "./metrics.ts";
import { RULES } from "./rules.ts";
import { THRESHOLDS, type Thresholds } from "./thresholds.ts";

export interface Diagnosis {
  healthScore: number;
  flags: TFlag[];
  tips: TTipReport[];
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
      volunteeringHours: round2(m.volunteeringHours),
      behindTheScenesShare: share(m.behindTheScenesHours, m.volunteeringHours),
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

export function diagnose(metrics: InsightMetrics, thresholds: Thresholds = THRESHOLDS): Diagnosis {
  const findings = RULES.flatMap((rule) => {
    const finding = rule.evaluate(metrics, thresholds);
    return finding ? [{ tip: rule.tip, finding: { code: rule.flag, ...finding } }] : [];
  });
  const numbers = tipMetrics(metrics);
  const tips = TIPS.map((tip) => {
    const own = findings.filter((entry) => entry.tip === tip).map((entry) => entry.finding);
    return { tip, status: statusOf(own), metrics: numbers[tip], findings: own };
  });
  const penalty = findings.reduce((sum, { finding }) => sum + thresholds.penalty[finding.severity], 0);
  return {
    healthScore: Math.max(0, Math.min(100, 100 - penalty)),
    flags: findings.map(({ finding }) => finding.code),
    tips,
  };
}

/** The rules as readable text, for the OpenAPI description. */
export function describeRules(thresholds: Thresholds = THRESHOLDS): string {
  return RULES.map((rule) => `- \`${rule.flag}\` (${rule.tip}): ${rule.describe(thresholds)}`).join("\n");
}
