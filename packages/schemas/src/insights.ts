import { z } from "zod";
import { DATE_RANGE_MESSAGE, isWithinDateRange, text } from "./text.ts";
import { ZDateSchema } from "./common.ts";
import { ZVenueKindSchema } from "./venues.ts";

export const TIPS = ["WHERE", "OPPORTUNITIES", "CONVERSATIONS", "ONE_ON_ONES"] as const;
export const ZTipSchema = z.enum(TIPS);
export type TTip = z.infer<typeof ZTipSchema>;

export const TIP_STATUSES = ["OK", "WARN", "ALERT", "NOT_ENOUGH_DATA"] as const;
export const ZTipStatusSchema = z.enum(TIP_STATUSES);
export type TTipStatus = z.infer<typeof ZTipStatusSchema>;

export const FLAGS = [
  "SUPPORT_GROUP_HEAVY",
  "FEW_VENUE_KINDS",
  "BACK_ROOM_VOLUNTEERING",
  "RUT",
  "NOT_MENTIONING_SEARCH",
  "PITCH_STALE",
  "NO_ONE_ON_ONES",
  "OVERDUE_FOLLOW_UPS",
  "STALLED",
] as const;
export const ZFlagSchema = z.enum(FLAGS);
export type TFlag = z.infer<typeof ZFlagSchema>;

const MAX_PERIOD_DAYS = 731;
/** The period when `from` or `to` is left out: 28 days ending today, or on `to`. */
export const INSIGHTS_DEFAULT_PERIOD_DAYS = 28;
const DEFAULT_SPAN_MS = (INSIGHTS_DEFAULT_PERIOD_DAYS - 1) * 86_400_000;

export const ZInsightsQuerySchema = z
  .strictObject({
    from: ZDateSchema.optional().meta({ description: "First day of the period (default: 27 days before `to`)." }),
    to: ZDateSchema.optional().meta({ description: "Last day of the period (default: today, UTC)." }),
  })
  .superRefine((query, ctx) => {
    // The default end of a period that starts in the future, and the default start, must lie in DATE_RANGE too.
    if (!query.from && isWithinDateRange(query.to) && !isWithinDateRange(new Date(query.to.getTime() - DEFAULT_SPAN_MS))) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `${DATE_RANGE_MESSAGE}, also for the period's first day` });
    }
    if (!query.to && isWithinDateRange(query.from) && !isWithinDateRange(new Date(query.from.getTime() + DEFAULT_SPAN_MS))) {
      ctx.addIssue({ code: "custom", path: ["from"], message: `${DATE_RANGE_MESSAGE}, also for the period's last day` });
    }
    // A field that failed arrives here undecoded (a string): the period is only checked between two dates.
    if (isWithinDateRange(query.from) && isWithinDateRange(query.to)) {
      if (query.from > query.to) ctx.addIssue({ code: "custom", path: ["from"], message: "Must not be after the end date" });
      else if ((query.to.getTime() - query.from.getTime()) / 86_400_000 > MAX_PERIOD_DAYS) {
        ctx.addIssue({ code: "custom", path: ["from"], message: `At most ${MAX_PERIOD_DAYS} days between the two dates` });
      }
    }
  });
export type TInsightsQuery = z.input<typeof ZInsightsQuerySchema>;

export const ZFindingSchema = z.object({
  code: ZFlagSchema,
  severity: ZTipStatusSchema.exclude(["OK", "NOT_ENOUGH_DATA"]),
  message: text(),
  evidence: z.record(text(), z.union([z.number(), text(), z.boolean(), z.null(), z.array(text())])),
  recommendation: text(),
});
export type TFinding = z.infer<typeof ZFindingSchema>;

export const ZTipReportSchema = z.object({
  tip: ZTipSchema,
  status: ZTipStatusSchema,
  metrics: z.record(text(), z.number().nullable()),
  findings: z.array(ZFindingSchema),
  needs: z.record(text(), z.number()).optional().meta({
    description:
      'Only with `NOT_ENOUGH_DATA`: the minimum the period must hold for this tip to be judged, e.g. `{ "conversations": 5 }`.',
  }),
});
export type TTipReport = z.infer<typeof ZTipReportSchema>;

/** Entries of the health score's breakdown: the base, each finding's cost, and the floor at 0. */
export const HEALTH_ENTRY_CODES = ["BASE", ...FLAGS, "FLOOR"] as const;
export const ZHealthEntrySchema = z
  .object({ code: z.enum(HEALTH_ENTRY_CODES), points: z.number().int() })
  .meta({ id: "HealthEntry" });
export type THealthEntry = z.infer<typeof ZHealthEntrySchema>;

/**
 * A health score at a glance: its band (≥ 70 healthy, 40–69 needs a nudge,
 * below 40 stuck), or no score yet. The roster's colours and an organisation's
 * health history use the same bands.
 */
export const HEALTH_STATUSES = ["HEALTHY", "NEEDS_NUDGE", "STUCK", "NOT_ENOUGH_DATA"] as const;
export const ZHealthStatusSchema = z.enum(HEALTH_STATUSES);
export type THealthStatus = z.infer<typeof ZHealthStatusSchema>;
/** The lowest score of each band. */
export const HEALTH_BANDS = { HEALTHY: 70, NEEDS_NUDGE: 40 } as const;

export function healthStatusOf(score: number | null): THealthStatus {
  if (score === null) return "NOT_ENOUGH_DATA";
  if (score >= HEALTH_BANDS.HEALTHY) return "HEALTHY";
  return score >= HEALTH_BANDS.NEEDS_NUDGE ? "NEEDS_NUDGE" : "STUCK";
}

const ZTargetSchema = z.object({ target: z.number(), actual: z.number() });

export const ZInsightsSchema = z
  .object({
    period: z.object({ from: ZDateSchema, to: ZDateSchema }),
    healthScore: z
      .number()
      .int()
      .min(0)
      .max(100)
      .nullable()
      .meta({ description: "`null` until at least two tips can be judged (see `NOT_ENOUGH_DATA`)." }),
    healthBreakdown: z.array(ZHealthEntrySchema).meta({
      description:
        "How the score was reached: `BASE` (100), then each finding's cost (negative points), then `FLOOR` if the costs passed 100. The points sum to `healthScore`; empty when the score is `null`.",
    }),
    tips: z.array(ZTipReportSchema),
    flags: z.array(ZFlagSchema),
    funnel: z.object({
      hours: z.number(),
      newContacts: z.number().int(),
      conversations: z.number().int(),
      oneOnOnes: z.number().int(),
      leads: z.number().int(),
      interviews: z.number().int(),
      offers: z.number().int(),
    }),
    byVenueKind: z.array(
      z.object({
        kind: ZVenueKindSchema,
        hours: z.number(),
        events: z.number().int(),
        newContacts: z.number().int(),
        leads: z.number().int(),
        leadsPerHour: z.number().nullable(),
      }),
    ),
    weekly: z.array(
      z.object({
        weekStart: ZDateSchema,
        events: z.number().int(),
        hours: z.number(),
        newContacts: z.number().int(),
        conversations: z.number().int(),
        oneOnOnes: z.number().int(),
        leads: z.number().int(),
      }),
    ),
    targets: z.object({
      weekStart: ZDateSchema,
      events: ZTargetSchema,
      newContacts: ZTargetSchema,
      oneOnOnes: ZTargetSchema,
      conversationsMentioningSearchPct: ZTargetSchema,
    }),
    lastActivityOn: ZDateSchema.nullable(),
  })
  .meta({ id: "Insights" });
export type TInsights = z.output<typeof ZInsightsSchema>;
